package io.kumofleet.sim;

import java.util.Objects;

/**
 * Credentials a simulated node demands, as a node would whose ACL admits authenticated identities
 * but not the caller's IP. Either part may be absent; with both, either one is accepted.
 */
public record RequiredCredentials(String username, String password, String token) {

    /** HTTP Basic {@code username:password}. */
    public static RequiredCredentials basic(String username, String password) {
        return new RequiredCredentials(Objects.requireNonNull(username), Objects.requireNonNull(password), null);
    }

    /** A Bearer token. */
    public static RequiredCredentials bearer(String token) {
        return new RequiredCredentials(null, null, Objects.requireNonNull(token));
    }

    boolean acceptsBasic(String user, String pass) {
        return username != null && username.equals(user) && Objects.equals(password, pass);
    }

    boolean acceptsBearer(String candidate) {
        return token != null && token.equals(candidate);
    }

    @Override
    public String toString() {
        return "RequiredCredentials[basic=" + (username != null) + ", bearer=" + (token != null) + "]";
    }
}
