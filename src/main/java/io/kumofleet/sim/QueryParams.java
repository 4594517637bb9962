package io.kumofleet.sim;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;

/**
 * Reads query parameters as axum's {@code Query<T>} (serde_urlencoded) does; problems become
 * 400 {@code Failed to deserialize query string: <message>}. Unknown parameters are ignored.
 */
final class QueryParams {

    private final Map<String, List<String>> params;

    private QueryParams(Map<String, List<String>> params) {
        this.params = params;
    }

    static QueryParams of(RoutingContext ctx) {
        return new QueryParams(new QueryStringDecoder(ctx.request().uri()).parameters());
    }

    boolean has(String name) {
        return params.containsKey(name);
    }

    String required(String name) throws Rejection {
        String value = optional(name);
        if (value == null) {
            throw reject("missing field `" + name + "`");
        }
        return value;
    }

    String optional(String name) throws Rejection {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw reject("duplicate field `" + name + "`");
        }
        return values.get(0);
    }

    /** A {@code bool} with serde default false. */
    boolean bool(String name) throws Rejection {
        String value = optional(name);
        if (value == null) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw reject("provided string was not `true` or `false`");
        }
        return value.equals("true");
    }

    /** An {@code Option<usize>}. */
    Long unsigned(String name) throws Rejection {
        String value = optional(name);
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            throw reject("cannot parse integer from empty string");
        }
        String digits = value.startsWith("+") ? value.substring(1) : value;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw reject("invalid digit found in string");
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw reject("number too large to fit in target type");
        }
    }

    static Rejection reject(String message) {
        return Rejection.text(400, "Failed to deserialize query string: " + message);
    }
}
