package io.kumofleet.cli.fleet;

/**
 * A fleet command that could not get an answer from the gateway: it could not be reached, refused
 * the request or answered with something unreadable. Printed as {@code Error: <message>}, exit 1.
 * The message never contains the token.
 */
public final class GatewayError extends RuntimeException {

    public GatewayError(String message) {
        super(message);
    }
}
