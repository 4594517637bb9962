package io.kumofleet.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of an API token in lower-case hex, the only form in which the gateway keeps tokens. */
final class TokenHash {

    private TokenHash() {}

    static String of(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Whether {@code text} has the form of a hash (64 hex digits, either case). */
    static boolean isHash(String text) {
        return text.length() == 64 && text.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }
}
