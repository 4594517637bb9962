package io.kumofleet.fleet.directive;

/** A directive that would fight an active one over the same rule on some node. */
public class DirectiveConflictException extends RuntimeException {

    public DirectiveConflictException(String message) {
        super(message);
    }
}
