package io.kumofleet.rest;

/** An RFC 9457 problem document, the body of every error answer. */
public record Problem(String type, String title, int status, String detail) {

    static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail);
    }
}
