package io.kumofleet.fleet;

/** A request the gateway refuses before any node sees it; the message says what to fix. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
