package io.kumofleet.security;

import io.quarkus.runtime.configuration.ConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The admin token a gateway with no configured credential makes for itself: 32 random bytes in a
 * file only its owner may read, kept across restarts. There is no known default credential.
 */
final class BootstrapToken {

    private static final int BYTES = 32;

    private BootstrapToken() {}

    /** The token kept in {@code file}, made first if the file does not exist. */
    static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String token = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (token.isEmpty()) {
                    throw new ConfigurationException("kumo.fleet.auth.bootstrap-token-file: " + file + " is empty; "
                            + "delete it to have a new token made");
                }
                return token;
            }
            byte[] random = new byte[BYTES];
            new SecureRandom().nextBytes(random);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
            return token;
        } catch (IOException e) {
            throw new ConfigurationException("kumo.fleet.auth.bootstrap-token-file: cannot read or create " + file
                    + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); configure "
                    + "kumo.fleet.auth.tokens.* or OIDC instead");
        }
    }
}
