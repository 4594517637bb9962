package io.kumofleet.cli.kcli.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumofleet.kumo.KumoBadResponseException;
import io.kumofleet.kumo.KumoException;
import io.kumofleet.kumo.KumoHttpException;
import io.kumofleet.kumo.KumoUnreachableException;
import io.kumofleet.metrics.MetricsFormatException;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.List;
import javax.net.ssl.SSLException;

/**
 * A failure as kcli reports it: {@code main} returns an anyhow error, so stderr gets
 * {@code Error: <message>} and then, if there are any, its causes, and the exit code is 1.
 */
public final class KcliError extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TIMED_OUT = "operation timed out";

    private final List<String> causes;

    public KcliError(String message, String... causes) {
        super(message);
        this.causes = List.of(causes);
    }

    /** The text kcli prints: anyhow's {@code Debug} format, numbering the causes when there are several. */
    public String report() {
        StringBuilder out = new StringBuilder("Error: ").append(getMessage());
        if (!causes.isEmpty()) {
            out.append("\n\nCaused by:");
            for (int n = 0; n < causes.size(); n++) {
                String[] lines = causes.get(n).split("\n", -1);
                boolean numbered = causes.size() > 1;
                out.append('\n').append(numbered ? String.format("%5d: ", n) : "    ").append(lines[0]);
                for (int i = 1; i < lines.length; i++) {
                    out.append('\n').append(numbered ? "       " : "    ").append(lines[i]);
                }
            }
        }
        return out.toString();
    }

    /** A node client failure for a request to {@code url} (user info already left out), in reqwest's words. */
    public static KcliError of(KumoException failure, String url) {
        if (failure instanceof KumoHttpException http) {
            return new KcliError(http.getMessage());
        }
        if (failure instanceof KumoBadResponseException bad) {
            int status = bad.status() == 0 ? 200 : bad.status();
            String body = bad.body() == null ? "" : bad.body();
            return new KcliError("request status " + status + ": " + reason(status),
                    "parsing response as json: " + body, serdeMessage(syntaxError(body), body));
        }
        return unreachable((KumoUnreachableException) failure, url);
    }

    /** The request did not complete within kcli's total timeout. */
    public static KcliError timedOut(String url) {
        return new KcliError("error sending request for url (" + url + ")", TIMED_OUT);
    }

    /** True for a request that did not complete in time. */
    public boolean isTimeout() {
        return causes.equals(List.of(TIMED_OUT));
    }

    /** The total timeout ran out while the body was streaming in (reqwest's body error has no URL). */
    public static KcliError bodyTimedOut() {
        return new KcliError("request or response body error", TIMED_OUT);
    }

    /**
     * A {@code /metrics} body kcli's parser would refuse (kcli's own wording differs per case, e.g.
     * {@code unknown metric type 'summary'}): where and why.
     */
    public static KcliError metrics(MetricsFormatException garbled) {
        return new KcliError("/metrics line " + garbled.lineNumber() + ": " + garbled.reason() + ": " + garbled.excerpt());
    }

    /** The canonical reason phrase, as reqwest's {@code StatusCode::canonical_reason} gives it. */
    public static String reason(int status) {
        HttpResponseStatus known = HttpResponseStatus.valueOf(status);
        return known == HttpResponseStatus.valueOf(status) ? known.reasonPhrase() : "";
    }

    /** Jackson's complaint about text that is not JSON at all, or null when it is JSON (of the wrong shape). */
    private static JsonProcessingException syntaxError(String body) {
        try {
            JSON.readTree(body);
            return null;
        } catch (JsonProcessingException e) {
            return e;
        }
    }

    /** What serde_json says about a body it cannot read, approximated from Jackson's complaint. */
    public static String serdeMessage(Throwable cause, String body) {
        JsonLocation at = cause instanceof JsonProcessingException json ? json.getLocation() : null;
        String where = at == null ? "" : " at line " + at.getLineNr() + " column " + Math.max(0, at.getColumnNr() - 1);
        if (body.isBlank()) {
            String[] lines = body.split("\n", -1);
            return "EOF while parsing a value at line " + lines.length + " column " + lines[lines.length - 1].length();
        }
        String start = body.stripLeading();
        if ("{[\"-0123456789tfn".indexOf(start.charAt(0)) < 0) {
            // serde_json stops at the first character that cannot start a value.
            String before = body.substring(0, body.length() - start.length());
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            return "expected value at line " + line + " column " + (before.length() - before.lastIndexOf('\n'));
        }
        if (cause instanceof JsonEOFException) {
            return "EOF while parsing a value" + where;
        }
        if (cause instanceof JsonParseException) {
            return "expected value" + where;
        }
        if (cause instanceof JsonProcessingException json) {
            return json.getOriginalMessage().lines().findFirst().orElse("invalid type") + where;
        }
        return cause == null ? "invalid type: the JSON is not shaped as kcli expects" : cause.getMessage();
    }

    private static KcliError unreachable(KumoUnreachableException failure, String url) {
        String headline = "error sending request for url (" + url + ")";
        for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return new KcliError(headline, "client error (Connect)", "dns error",
                        "failed to lookup address information: Name or service not known");
            }
            if (t instanceof ConnectException connect && String.valueOf(connect.getMessage()).contains("refused")) {
                return new KcliError(headline, "client error (Connect)", "tcp connect error",
                        "Connection refused (os error 111)");
            }
            if (t instanceof io.netty.channel.ConnectTimeoutException || t instanceof java.util.concurrent.TimeoutException) {
                return timedOut(url);
            }
            if (t instanceof SSLException ssl) {
                return new KcliError(headline, "client error (Connect)", String.valueOf(ssl.getMessage()));
            }
        }
        if (failure.getCause() == null && String.valueOf(failure.getMessage()).contains("timed out")) {
            return timedOut(url);
        }
        Throwable root = failure.getCause() == null ? failure : failure.getCause();
        return new KcliError(headline, String.valueOf(root.getMessage()));
    }
}
