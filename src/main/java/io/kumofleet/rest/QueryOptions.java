package io.kumofleet.rest;

import io.kumofleet.fleet.InvalidRequestException;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import java.util.TreeSet;

/**
 * Strict reading of GET options: a misspelt parameter or a value of the wrong kind is refused with
 * a message (422) rather than ignored or answered with JAX-RS's bare 404. Values come from the
 * resource's {@code @RestQuery} parameters (which document them); the URI tells a parameter given
 * without a value ({@code ?by_volume}) from one not given at all.
 */
final class QueryOptions {

    private final UriInfo uri;

    private QueryOptions(UriInfo uri) {
        this.uri = uri;
    }

    /** The options of this request; refuses parameters other than {@code known}. */
    static QueryOptions of(UriInfo uri, Set<String> known) {
        Set<String> unknown = new TreeSet<>(uri.getQueryParameters().keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException("unknown query parameter(s) " + String.join(", ", unknown)
                    + "; known: " + String.join(", ", new TreeSet<>(known)));
        }
        return new QueryOptions(uri);
    }

    /** A flag: absent or {@code false} is off; {@code true} or no value ({@code ?by_volume}) is on. */
    boolean flag(String name, String given) {
        String value = given(name, given);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.isEmpty() || value.equals("true")) {
            return true;
        }
        throw new InvalidRequestException(name + " must be true or false, not '" + value + "'");
    }

    /** A whole number, or {@code otherwise} when absent; its range is the caller's to check. */
    int number(String name, String given, int otherwise) {
        String value = given(name, given);
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
    String text(String name, String given) {
        String value = given(name, given);
        if (value != null && value.isBlank()) {
            throw new InvalidRequestException(name + " must not be empty");
        }
        return value;
    }

    private String given(String name, String value) {
        return value == null && uri.getQueryParameters().containsKey(name) ? "" : value;
    }
}
