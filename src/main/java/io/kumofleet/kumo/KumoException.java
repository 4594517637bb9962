package io.kumofleet.kumo;

/** A failed call to one node; subclasses say how it failed. The message never holds credentials. */
public abstract sealed class KumoException extends RuntimeException
        permits KumoHttpException, KumoUnreachableException, KumoBadResponseException {

    private final String node;

    protected KumoException(String node, String message, Throwable cause) {
        super(message, cause);
        this.node = node;
    }

    /** The name of the node that failed. */
    public String node() {
        return node;
    }
}
