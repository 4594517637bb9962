package io.kumofleet.schedule;

import io.kumofleet.fleet.directive.DirectiveTemplate;
import java.util.HashSet;
import java.util.List;

/** Whether two schedule templates would put the same directive on the same nodes; reason and logging aside. */
final class SameDirective {

    private SameDirective() {}

    static boolean of(DirectiveTemplate a, DirectiveTemplate b) {
        return a.kind() == b.kind()
                && a.criteria().equals(b.criteria())
                && a.everything() == b.everything()
                && sameSet(a.target().nodes(), b.target().nodes())
                && sameSet(a.target().tags(), b.target().tags());
    }

    private static boolean sameSet(List<String> a, List<String> b) {
        return new HashSet<>(a).equals(new HashSet<>(b));
    }
}
