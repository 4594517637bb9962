package io.kumofleet.fleet.directive;

/** No directive of that kind has that id. */
public class DirectiveNotFoundException extends RuntimeException {

    public DirectiveNotFoundException(DirectiveKind kind, String id) {
        super("no " + kind.label() + " directive with id '" + id + "'");
    }
}
