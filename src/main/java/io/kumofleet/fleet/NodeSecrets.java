package io.kumofleet.fleet;

import io.quarkus.runtime.configuration.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A node's secret from its configuration: the value itself, or a file that holds it (a mounted
 * secret), never both. Messages name the key and the file, never what the file holds.
 */
final class NodeSecrets {

    private NodeSecrets() {}

    /**
     * The secret of {@code key} ({@code value}) or of {@code key-file} ({@code file}).
     *
     * @throws ConfigurationException when both are set, or the file cannot be read or is empty
     */
    static Optional<String> read(String key, Optional<String> value, Optional<Path> file) {
        if (value.isPresent() && file.isPresent()) {
            throw new ConfigurationException(key + " and " + key + "-file are both set; set one of them");
        }
        return file.isPresent() ? Optional.of(readFile(key + "-file", file.get())) : value;
    }

    private static String readFile(String key, Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigurationException(key + ": cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        }
        // A file written by echo or an editor ends with a line break that is not part of the secret.
        String secret = text.replaceFirst("(\\r?\\n)+$", "");
        if (secret.isEmpty()) {
            throw new ConfigurationException(key + ": " + file + " is empty");
        }
        return secret;
    }
}
