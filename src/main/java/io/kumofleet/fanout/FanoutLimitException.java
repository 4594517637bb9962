package io.kumofleet.fanout;

/** The gateway already runs as many fan-outs as it may; the request was refused before anything was done. */
public class FanoutLimitException extends RuntimeException {

    public FanoutLimitException(int limit) {
        super("the gateway is already running " + limit + " fan-outs, its limit "
                + "(kumo.fleet.max-concurrent-fanouts); nothing was sent or changed: try again shortly");
    }
}
