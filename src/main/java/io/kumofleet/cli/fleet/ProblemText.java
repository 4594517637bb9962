package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** The gateway's error answer (RFC 9457 problem+json) in one line, with a hint where one helps. */
final class ProblemText {

    private static final int EXCERPT = 300;

    private ProblemText() {}

    static String of(int status, JsonNode problem, String body, boolean tokenGiven, Optional<String> retryAfter) {
        String title = problem != null && problem.hasNonNull("title") ? problem.get("title").asText() : "";
        String detail = problem != null && problem.hasNonNull("detail") ? problem.get("detail").asText()
                : problem == null ? excerpt(body) : "";
        StringBuilder text = new StringBuilder("the gateway answered ").append(status);
        if (!title.isEmpty()) {
            text.append(' ').append(title);
        }
        if (!detail.isEmpty()) {
            text.append(": ").append(detail);
        }
        if (status == 401) {
            text.append(tokenGiven ? " (the token was refused)"
                    : " (give a token: set KUMO_FLEET_TOKEN, or --token without a value to be asked for it)");
        }
        retryAfter.filter(r -> status == 429).ifPresent(r -> text.append(" (try again in ").append(r).append("s)"));
        return text.toString();
    }

    static String excerpt(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "…";
    }
}
