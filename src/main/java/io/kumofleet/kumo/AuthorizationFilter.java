package io.kumofleet.kumo;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** Sends a node's credentials on every request: kumod never challenges, so they must go preemptively. */
final class AuthorizationFilter implements ClientRequestFilter {

    private final String value;

    AuthorizationFilter(String value) {
        this.value = value;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, value);
    }

    @Override
    public String toString() {
        return "AuthorizationFilter[****]";
    }
}
