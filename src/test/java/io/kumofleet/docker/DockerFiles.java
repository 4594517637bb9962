package io.kumofleet.docker;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/** The deployment files under {@code docker/}, read as far as the tests need them. */
final class DockerFiles {

    static final Path DIR = Path.of("docker");
    static final Path DOCKERFILE = DIR.resolve("Dockerfile.jvm");
    static final Path COMPOSE = DIR.resolve("compose.yaml");
    static final Path NODE_POLICY = DIR.resolve("kumo/init.lua");

    private DockerFiles() {}

    /** compose.yaml as plain maps and lists, anchors and merge keys resolved. */
    static Map<String, Object> compose() {
        try (Reader reader = Files.newBufferedReader(COMPOSE)) {
            return new Yaml().load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Dockerfile's instructions, continuation lines joined, comments dropped. */
    static List<String> instructions() {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : read(DOCKERFILE).split("\n")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String text = line.strip();
            if (text.endsWith("\\")) {
                current.append(text, 0, text.length() - 1).append(' ');
            } else {
                instructions.add(current.append(text).toString());
                current.setLength(0);
            }
        }
        return instructions;
    }

    /** The arguments of every instruction of one kind, e.g. {@code COPY}. */
    static List<String> instruction(String keyword) {
        return instructions().stream().filter(i -> i.startsWith(keyword + " "))
                .map(i -> i.substring(keyword.length() + 1).strip()).toList();
    }

    /** The default of a build argument ({@code ARG NAME=default}). */
    static String argDefault(String name) {
        return instruction("ARG").stream().filter(a -> a.startsWith(name + "=")).findFirst()
                .map(a -> a.substring(name.length() + 1)).orElseThrow();
    }

    /** The sources of every {@code COPY}, as written (with {@code ${APP_DIR}}). */
    static List<String> copySources() {
        return instruction("COPY").stream().map(args -> args.split("\\s+")[0]).toList();
    }

    /** The URL the health check asks. */
    static URI healthCheckUrl() {
        Matcher url = Pattern.compile("(http://\\S+)").matcher(instruction("HEALTHCHECK").get(0));
        if (!url.find()) {
            throw new IllegalStateException("no URL in the HEALTHCHECK");
        }
        return URI.create(url.group(1));
    }

    /** A quoted string value in the node policy's {@code start_http_listener} block, e.g. {@code listen}. */
    static String httpListenerString(String key) {
        Matcher value = Pattern.compile(key + "\\s*=\\s*'([^']*)'").matcher(httpListenerBlock());
        if (!value.find()) {
            throw new IllegalStateException(key + " is not set in start_http_listener");
        }
        return value.group(1);
    }

    /** A list of quoted strings in the node policy's {@code start_http_listener} block, e.g. {@code trusted_hosts}. */
    static List<String> httpListenerList(String key) {
        Matcher list = Pattern.compile(key + "\\s*=\\s*\\{([^}]*)}").matcher(httpListenerBlock());
        if (!list.find()) {
            throw new IllegalStateException(key + " is not set in start_http_listener");
        }
        return Arrays.stream(list.group(1).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.replaceAll("^'|'$", "")).toList();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String httpListenerBlock() {
        String policy = read(NODE_POLICY);
        int start = policy.indexOf("kumo.start_http_listener");
        if (start < 0) {
            throw new IllegalStateException(NODE_POLICY + " starts no HTTP listener");
        }
        int open = policy.indexOf('{', start);
        int depth = 0;
        for (int i = open; i < policy.length(); i++) {
            depth += policy.charAt(i) == '{' ? 1 : policy.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return policy.substring(open + 1, i);
            }
        }
        throw new IllegalStateException("start_http_listener's table is not closed");
    }
}
