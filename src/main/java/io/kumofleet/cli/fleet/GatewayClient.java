package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small client of the gateway's native API ({@code /api/fleet/v1}) over the JDK's HTTP client:
 * JSON in and out, the token as a bearer credential, and every failure turned into a
 * {@link GatewayError} that says what to do about it.
 */
final class GatewayClient {

    private static final String API = "/api/fleet/v1";

    private final URI base;
    private final Optional<String> token;
    private final ObjectMapper json;
    private final Duration timeout;
    private final HttpClient http;

    GatewayClient(URI base, Optional<String> token, ObjectMapper json, Duration timeout) {
        this.base = base;
        this.token = token;
        this.json = json;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    JsonNode get(String path, Query query) {
        return send("GET", path + query.text(), null);
    }

    JsonNode post(String path, Object body) {
        return send("POST", path, body);
    }

    JsonNode put(String path, Object body) {
        return send("PUT", path, body);
    }

    JsonNode delete(String path) {
        return send("DELETE", path, null);
    }

    /** Whether {@code path} exists (200) rather than 404; other answers are errors. */
    boolean exists(String path) {
        HttpResponse<String> response = exchange("GET", path, null);
        if (response.statusCode() == 404) {
            return false;
        }
        read(response);
        return true;
    }

    private JsonNode send(String method, String path, Object body) {
        return read(exchange(method, path, body));
    }

    private HttpResponse<String> exchange(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(API + path))
                .timeout(timeout)
                .header("Accept", "application/json, application/problem+json");
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new GatewayError("cannot reach the gateway at " + base + ": connecting timed out");
        } catch (HttpTimeoutException e) {
            throw new GatewayError("the gateway at " + base + " did not answer within " + seconds(timeout)
                    + " (raise it with --timeout)");
        } catch (ConnectException e) {
            throw new GatewayError("cannot reach the gateway at " + base + ": connection refused"
                    + " (is it running? give its URL with --gateway or KUMO_FLEET_GATEWAY)");
        } catch (IOException e) {
            throw new GatewayError("cannot reach the gateway at " + base + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayError("interrupted while waiting for the gateway");
        }
    }

    private JsonNode read(HttpResponse<String> response) {
        int status = response.statusCode();
        JsonNode answer = parse(response.body());
        if (status >= 400) {
            throw new GatewayError(ProblemText.of(status, answer, response.body(), token.isPresent(),
                    response.headers().firstValue("Retry-After")));
        }
        if (answer == null) {
            throw new GatewayError("the gateway answered " + status + " with a body that is not JSON: "
                    + ProblemText.excerpt(response.body()));
        }
        return answer;
    }

    private JsonNode parse(String body) {
        try {
            return body.isBlank() ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request body could not be written as JSON", e);
        }
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + "s";
    }

    /** Query parameters, URL-encoded; empty and absent values are left out. */
    static final class Query {
        private final List<String> pairs = new ArrayList<>();

        Query add(String name, Object value) {
            if (value != null && !(value instanceof Boolean b && !b) && !String.valueOf(value).isEmpty()) {
                pairs.add(encode(name) + "=" + encode(String.valueOf(value)));
            }
            return this;
        }

        Query addAll(String name, List<String> values) {
            if (values != null) {
                values.forEach(v -> add(name, v));
            }
            return this;
        }

        String text() {
            return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
