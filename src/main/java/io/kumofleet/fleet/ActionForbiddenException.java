package io.kumofleet.fleet;

/** The caller is authenticated but its role does not allow this change; nothing was sent to any node. */
public class ActionForbiddenException extends RuntimeException {

    public ActionForbiddenException(String message) {
        super(message);
    }
}
