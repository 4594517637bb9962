package io.kumofleet.kumo;

import java.util.ArrayList;
import java.util.List;

/** Masks a node's secrets (password, token, encoded header) in any text that may reach a message. */
record Redactor(List<String> secrets) {

    private static final String MASK = "****";

    static Redactor of(Credentials credentials) {
        List<String> secrets = new ArrayList<>();
        credentials.authorizationHeader().ifPresent(header -> secrets.add(header.substring(header.indexOf(' ') + 1)));
        if (credentials instanceof Credentials.Basic basic && basic.password() != null) {
            secrets.add(basic.password());
        }
        if (credentials instanceof Credentials.Bearer bearer) {
            secrets.add(bearer.token());
        }
        secrets.removeIf(String::isEmpty);
        // Longest first, so that a secret containing another is masked whole.
        secrets.sort((a, b) -> b.length() - a.length());
        return new Redactor(List.copyOf(secrets));
    }

    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = text;
        for (String secret : secrets) {
            scrubbed = scrubbed.replace(secret, MASK);
        }
        return scrubbed;
    }

    @Override
    public String toString() {
        return "Redactor[" + secrets.size() + " secrets]";
    }
}
