package io.kumofleet.rest;

import io.kumofleet.fleet.InvalidRequestException;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import java.util.TreeSet;

/**
 * Strict reading of GET options: a misspelt parameter or a value of the wrong kind is refused with
 * a message (422) rather than ignored or answered with JAX-RS's bare 404.
 */
final class QueryOptions {

    private QueryOptions() {}

    /** Refuses parameters other than {@code known}. */
    static void onlyKnown(UriInfo uri, Set<String> known) {
        Set<String> unknown = new TreeSet<>(uri.getQueryParameters().keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException("unknown query parameter(s) " + String.join(", ", unknown)
                    + "; known: " + String.join(", ", new TreeSet<>(known)));
        }
    }

    /** A flag: absent or {@code false} is off; {@code true} or no value ({@code ?by_volume}) is on. */
    static boolean flag(String name, String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.isEmpty() || value.equals("true")) {
            return true;
        }
        throw new InvalidRequestException(name + " must be true or false, not '" + value + "'");
    }

    /** A whole number, or {@code otherwise} when absent; its range is the caller's to check. */
    static int number(String name, String value, int otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + " must be a whole number, not '" + value + "'");
        }
    }

    /** An optional text that, when given, is not blank. */
    static String text(String name, String value) {
        if (value != null && value.isBlank()) {
            throw new InvalidRequestException(name + " must not be empty");
        }
        return value;
    }
}
