package io.kumofleet.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request bearing one of the gateway's API tokens, already matched to its holder. */
public class ApiTokenRequest extends BaseAuthenticationRequest {

    private final ApiTokens.Holder holder;

    public ApiTokenRequest(ApiTokens.Holder holder) {
        this.holder = holder;
    }

    public ApiTokens.Holder holder() {
        return holder;
    }
}
