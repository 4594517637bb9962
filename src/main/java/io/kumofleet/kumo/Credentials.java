package io.kumofleet.kumo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Credentials sent preemptively to a node; {@code toString} never reveals the secret. */
public sealed interface Credentials {

    /** "none", "basic" or "bearer": what may be shown to a user instead of the secret. */
    String kind();

    /** The Authorization header value, if any. */
    Optional<String> authorizationHeader();

    static Credentials none() {
        return None.INSTANCE;
    }

    /** No credentials: the node must trust the gateway's address. */
    enum None implements Credentials {
        INSTANCE;

        @Override
        public String kind() {
            return "none";
        }

        @Override
        public Optional<String> authorizationHeader() {
            return Optional.empty();
        }
    }

    /** HTTP Basic; kumod passes user and password to its {@code http_server_validate_auth_basic}. */
    record Basic(String username, String password) implements Credentials {
        @Override
        public String kind() {
            return "basic";
        }

        @Override
        public Optional<String> authorizationHeader() {
            String pair = username + ":" + (password == null ? "" : password);
            return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public String toString() {
            return "Basic[" + username + ":****]";
        }
    }

    /** HTTP Bearer; kumod passes the token to {@code http_server_validate_auth_bearer}. */
    record Bearer(String token) implements Credentials {
        @Override
        public String kind() {
            return "bearer";
        }

        @Override
        public Optional<String> authorizationHeader() {
            return Optional.of("Bearer " + token);
        }

        @Override
        public String toString() {
            return "Bearer[****]";
        }
    }
}
