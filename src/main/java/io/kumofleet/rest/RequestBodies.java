package io.kumofleet.rest;

import io.kumofleet.fleet.InvalidRequestException;

/** The write endpoints' one check before reading a body: there is one (not empty, blank or {@code null}). */
final class RequestBodies {

    private RequestBodies() {}

    /** The body, or a 4xx that says a JSON object is expected. */
    static <T> T present(T body) {
        if (body == null) {
            throw new InvalidRequestException("the request body must be a JSON object (Content-Type: application/json);"
                    + " it was empty or null");
        }
        return body;
    }
}
