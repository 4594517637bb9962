package io.kumofleet.fleet;

import jakarta.enterprise.context.ApplicationScoped;

/** Who is making the current change, for the audit trail ("anonymous" until authentication lands). */
@ApplicationScoped
public class CurrentActor {

    public String name() {
        return "anonymous";
    }
}
