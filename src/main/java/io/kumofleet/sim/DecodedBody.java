package io.kumofleet.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The fields of a request body that passed serde's checks, by name; absent optional fields are null. */
record DecodedBody(Map<String, Object> values) {

    String string(String name) {
        return (String) values.get(name);
    }

    boolean bool(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    Duration duration(String name) {
        return (Duration) values.get(name);
    }

    Instant instant(String name) {
        return (Instant) values.get(name);
    }

    @SuppressWarnings("unchecked")
    List<String> strings(String name) {
        Object value = values.get(name);
        return value == null ? List.of() : (List<String>) value;
    }

    UUID uuid(String name) {
        return (UUID) values.get(name);
    }

    /** How long a rule lives: until {@code expires} if given (never negative), else {@code duration}, else 5m. */
    Duration effectiveDuration(Instant now) {
        Instant expires = instant("expires");
        if (expires != null) {
            Duration left = Duration.between(now, expires);
            return left.isNegative() ? Duration.ZERO : left;
        }
        Duration duration = duration("duration");
        return duration != null ? duration : Duration.ofMinutes(5);
    }
}
