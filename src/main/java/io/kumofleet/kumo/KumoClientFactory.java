package io.kumofleet.kumo;

import jakarta.enterprise.context.ApplicationScoped;

/** TEMPORARY STUB (not committed): replaced by the client branch. */
@ApplicationScoped
public class KumoClientFactory {
    public KumoNodeClient forEndpoint(KumoEndpoint endpoint) {
        throw new UnsupportedOperationException();
    }
}
