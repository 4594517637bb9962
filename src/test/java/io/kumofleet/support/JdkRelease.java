package io.kumofleet.support;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A JDK as its {@code release} file describes it: the exact runtime version names the command-mode cache
 * trained for it (a cache only fits the JDK build that made it), and the feature version decides the kind.
 */
public record JdkRelease(Path home, String runtimeVersion, int feature) {

    /** Reads {@code <home>/release}; fails when it is not a JDK 17 or newer. */
    public static JdkRelease of(Path home) throws IOException {
        Properties release = new Properties();
        try (Reader reader = Files.newBufferedReader(home.resolve("release"))) {
            release.load(reader);
        }
        String runtime = unquote(release.getProperty("JAVA_RUNTIME_VERSION", ""));
        String version = unquote(release.getProperty("JAVA_VERSION", ""));
        if (runtime.isEmpty() || !version.matches("\\d+.*")) {
            throw new IllegalArgumentException(home + "/release names no JAVA_RUNTIME_VERSION and JAVA_VERSION");
        }
        int feature = Integer.parseInt(version.split("\\D", 2)[0]);
        if (feature < 17) {
            throw new IllegalArgumentException(home + " is JDK " + version + "; kumo-fleet needs 17 or newer");
        }
        return new JdkRelease(home, runtime, feature);
    }

    /** The JDK that runs this code. */
    public static JdkRelease current() throws IOException {
        return of(Path.of(System.getProperty("java.home")));
    }

    public Path java() {
        return home.resolve("bin").resolve("java");
    }

    /** JDK 25 makes an AOT cache in one training run (JEP 514); older JDKs a dynamic AppCDS archive. */
    public boolean hasAotCache() {
        return feature >= 25;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
