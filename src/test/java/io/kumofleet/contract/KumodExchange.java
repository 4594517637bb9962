package io.kumofleet.contract;

import java.util.List;

/**
 * One request a {@link ValidatingKumodProxy} forwarded to a kumod node and what came of it.
 *
 * @param method the HTTP method, upper case
 * @param path the request path, without the query
 * @param query the raw query string, or null when there was none
 * @param status the node's status code, 0 when the node gave no (complete) answer
 * @param violations every way the request or the answer departs from kumod's API document
 */
public record KumodExchange(String method, String path, String query, int status, List<String> violations) {

    public KumodExchange {
        violations = List.copyOf(violations);
    }

    /** {@code METHOD path}: how {@link KumodSchema#operations()} names the operation. */
    public String operation() {
        return method + " " + path;
    }

    /** Whether the node answered (with any status). */
    public boolean answered() {
        return status > 0;
    }

    @Override
    public String toString() {
        return operation() + (query == null ? "" : "?" + query) + " -> " + (answered() ? status : "no answer")
                + (violations.isEmpty() ? "" : " " + violations);
    }
}
