package io.kumofleet.fanout;

/** A target that names unknown nodes or tags, or selects nothing: the user's mistake, never sent to nodes. */
public class SelectionException extends RuntimeException {

    public SelectionException(String message) {
        super(message);
    }
}
