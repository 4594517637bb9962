package io.kumofleet.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricsParserTest {

    @Test
    void parsesTheRealSample() {
        String text = Fixtures.text("sample-metrics.txt");
        List<Collected.Line> lines = Collected.parse(text);

        long sampleLines = text.lines().filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
        assertThat(lines).hasSize((int) sampleLines).hasSize(108);
        assertThat(lines.get(0)).isEqualTo(new Collected.Line(3, "connection_count", MetricType.GAUGE,
                Map.of("service", "esmtp_listener"), 0));
        assertThat(find(lines, "disk_free_bytes", "name", "log dir /var/log/kumomta").value()).isEqualTo(15658725376.0);
        assertThat(find(lines, "lua_event_latency_sum", "event", "init").value()).isEqualTo(0.442427973);
        assertThat(find(lines, "lua_event_latency_sum", "event", "init").type()).isEqualTo(MetricType.HISTOGRAM);
        assertThat(find(lines, "tokio_elapsed", null, null).value()).isEqualTo(1057.312763632);
        Collected.Line inf = find(lines, "log_submit_latency_bucket", "le", "+Inf");
        assertThat(inf.labels()).containsEntry("logger", "dir-/var/log/kumomta");
        assertThat(lines.get(lines.size() - 1).name()).isEqualTo("total_connections_denied");
        assertThat(lines.get(lines.size() - 1).lineNumber()).isEqualTo(text.lines().count());
    }

    @Test
    void keepsUnescapedLabelValuesWithCommasEqualsBracesAndSpaces() {
        List<Collected.Line> lines = Collected.parse("# TYPE m gauge\n"
                + "m{service=\"smtp_client:src->(alt1|alt2)?.gmail-smtp-in.l.google.com@smtp_client\"} 42\n"
                + "m{queue=\"campaign:tenant@example.com!routing.com:2025\"} 1\n"
                + "m{service=\"smtp_client:src->mx_list:a.example.com,b.example.com@smtp_client\", x=\"1\"} 2\n"
                + "m{a=\"k=v, j=w\",b=\"}{ brace {x} \",c=\"say \"hi\" now\"} 3\n"
                + "m{a=\"\", b=\"x\",} 4\n"
                + "m{} 5\n");
        assertThat(lines).extracting(Collected.Line::labels).containsExactly(
                Map.of("service", "smtp_client:src->(alt1|alt2)?.gmail-smtp-in.l.google.com@smtp_client"),
                Map.of("queue", "campaign:tenant@example.com!routing.com:2025"),
                Map.of("service", "smtp_client:src->mx_list:a.example.com,b.example.com@smtp_client", "x", "1"),
                Map.of("a", "k=v, j=w", "b", "}{ brace {x} ", "c", "say \"hi\" now"),
                Map.of("a", "", "b", "x"),
                Map.of());
        assertThat(lines).extracting(Collected.Line::value).containsExactly(42.0, 1.0, 2.0, 3.0, 4.0, 5.0);
    }

    @Test
    void aNameThatStartsLikeThePreviousOneIsReadWholeAndSelectedByItself() {
        List<Integer> selected = new ArrayList<>();
        PrometheusTextParser parser = new PrometheusTextParser(MetricSelection.of("m", "m_total", "m:x"),
                sample -> selected.add(sample.metric()));
        parser.feed(("# TYPE m counter\n"
                + "m 1\nm{a=\"1\"} 2\nm_total 3\nm_total{b=\"2\"} 4\nm 5\nm:x 6\nmm 7\nm_tot 8\nm 9\n")
                .getBytes(StandardCharsets.UTF_8));
        parser.finish();
        assertThat(selected).containsExactly(0, 0, 1, 1, 0, 2, 0);

        List<Collected.Line> lines = Collected.parse("# TYPE m gauge\nm_a 1\nm_a_b 2\nm_a 3\nm 4\n");
        assertThat(lines).extracting(Collected.Line::name).containsExactly("m_a", "m_a_b", "m_a", "m");
    }

    @Test
    void aLineAfterAGoodOneWithTheSameNameIsStillCheckedAfterTheName() {
        assertThatThrownBy(() -> Collected.parse("# TYPE m gauge\nm 1\nm- 2\n"))
                .isInstanceOf(MetricsFormatException.class).hasMessageContaining("line 3").hasMessageContaining("bad metric name");
        assertThatThrownBy(() -> Collected.parse("# TYPE m gauge\nm 1\nm\n"))
                .isInstanceOf(MetricsFormatException.class).hasMessageContaining("line 3").hasMessageContaining("no value");
        assertThatThrownBy(() -> Collected.parse("# TYPE m gauge\nm{a=\"1\"} 1\nm{a=\"1\" 2\n"))
                .isInstanceOf(MetricsFormatException.class).hasMessageContaining("line 3");
    }

    @Test
    void readsEveryValueForm() {
        List<Collected.Line> lines = Collected.parse("# TYPE m counter\n"
                + "m 0\nm 18446744073709551615\nm 0.017253747\nm +Inf\nm -Inf\nm NaN\nm -3\nm 1e3\nm 2.5E-1\nm .5\nm 7.\n");
        assertThat(lines).extracting(Collected.Line::value).containsExactly(0.0, 18446744073709551615.0, 0.017253747,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, -3.0, 1000.0, 0.25, 0.5, 7.0);
    }

    @Test
    void acceptsHelpAndTypeWithoutSamplesAndBlankLines() {
        List<Collected.Line> lines = Collected.parse("# HELP a nothing here\n# TYPE a counter\n\n"
                + "# HELP b something else\n# TYPE b gauge\n# some other comment\nb{x=\"1\"} 2\n");
        assertThat(lines).containsExactly(new Collected.Line(7, "b", MetricType.GAUGE, Map.of("x", "1"), 2));
    }

    @Test
    void givesOnlySelectedMetricsButValidatesTheOthers() {
        List<String> seen = new ArrayList<>();
        MetricSelection selection = MetricSelection.of("ready_count", "scheduled_count");
        PrometheusTextParser parser = new PrometheusTextParser(selection,
                s -> seen.add(s.metric() + ":" + s.name() + ":" + s.label("queue") + ":" + s.count()));
        parser.feed(("# TYPE ready_count gauge\n# TYPE scheduled_count gauge\nscheduled_count{queue=\"a.com\"} 3\n"
                + "ready_count_total 9\nready_count{queue=\"b\"} 4\n").getBytes(StandardCharsets.UTF_8));
        parser.finish();
        assertThat(seen).containsExactly("1:scheduled_count:a.com:3", "0:ready_count:b:4");
        assertThat(parser.samples()).isEqualTo(3);
        assertThat(parser.lines()).isEqualTo(5);

        PrometheusTextParser strict = new PrometheusTextParser(selection, s -> { });
        assertThatThrownBy(() -> strict.feed("# TYPE other gauge\nother{x=\"1\" 5\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MetricsFormatException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void internsLabelValuesSoRepeatsAreOneString() {
        List<String> values = new ArrayList<>();
        PrometheusTextParser parser = new PrometheusTextParser(MetricSelection.of("a", "b"), s -> {
            values.add(s.label("service"));
            values.add(s.labelAfter("service", ':'));
        });
        parser.feed("# TYPE a gauge\na{service=\"smtp_client:q1\"} 1\n# TYPE b gauge\nb{service=\"smtp_client:q1\"} 2\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(values).containsExactly("smtp_client:q1", "q1", "smtp_client:q1", "q1");
        assertThat(values.get(0)).isSameAs(values.get(2));
        assertThat(values.get(1)).isSameAs(values.get(3));
    }

    @Test
    void labelAccessorsFollowKcli() {
        List<String> out = new ArrayList<>();
        PrometheusTextParser parser = new PrometheusTextParser(MetricSelection.of("m"), s -> {
            out.add(s.label("k"));
            out.add(s.label("missing"));
            out.add(s.labelAfter("k", ':'));
            out.add(s.labelAfter("plain", ':'));
            out.add(String.valueOf(s.hasLabel("plain")));
        });
        parser.feed("# TYPE m gauge\nm{k=\"first\", plain=\"esmtp_listener\", k=\"a:b:c\"} 1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(out).containsExactly("a:b:c", null, "b:c", null, "true");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "m{a=\"1\"}|no value",
        "m{a=\"1\"} |no value",
        "m|no value",
        "m{a=\"1\" 5|unterminated label set",
        "m{a=\"1|unterminated label set",
        "m{a=\"1\"} 12x|bad number",
        "m{a=\"1\"} 1 2|bad number",
        "m 0x10|bad number",
        "m{a=\"1\"}x 5|unexpected text after label set",
        "m{1a=\"1\"} 5|bad label name",
        "m{a=1} 5|bad label (expected =\")",
        "9m 5|bad metric name",
        "m-x 5|bad metric name",
        "h_bucket{le=\"x\"} 1|ok",
    })
    void reportsGarbledLinesWithTheirNumber(String line, String reason) {
        String type = line.startsWith("h_") ? "histogram" : "gauge";
        String payload = "# HELP m help\n# TYPE m gauge\nm 1\n# TYPE " + line.substring(0, 1) + " " + type + "\n"
                + line + "\nm 2\n";
        if (reason.equals("ok")) {
            reason = "histogram bucket le is not a number";
        }
        String expected = reason;
        assertThatThrownBy(() -> Collected.parse(payload))
                .isInstanceOfSatisfying(MetricsFormatException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(5);
                    assertThat(e.reason()).isEqualTo(expected);
                    assertThat(e.excerpt()).isEqualTo(line);
                });
    }

    @Test
    void requiresATypeLineBeforeSamples() {
        assertThatThrownBy(() -> Collected.parse("# HELP m help\nm 1\n"))
                .isInstanceOfSatisfying(MetricsFormatException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(2);
                    assertThat(e.reason()).isEqualTo("sample before any TYPE line");
                });
    }

    @Test
    void rejectsUnknownTypesAndBadHistogramNames() {
        assertThatThrownBy(() -> Collected.parse("# TYPE s summary\ns 1\n"))
                .isInstanceOfSatisfying(MetricsFormatException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(1);
                    assertThat(e.reason()).isEqualTo("unknown metric type");
                });
        assertThatThrownBy(() -> Collected.parse("# TYPE h histogram\nh_total 1\n"))
                .hasMessageContaining("line 2: histogram sample name must end in _bucket, _sum or _count");
        assertThatThrownBy(() -> Collected.parse("# TYPE h histogram\nh_bucket{x=\"1\"} 1\n"))
                .hasMessageContaining("line 2: histogram bucket without le label");
    }

    @Test
    void rejectsAPayloadThatEndsMidLineAndRefusesInputAfterAnError() {
        PrometheusTextParser parser = new PrometheusTextParser(MetricSelection.all(), s -> { });
        parser.feed("# TYPE m gauge\nm{a=\"1\"} 12".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(parser::finish)
                .isInstanceOfSatisfying(MetricsFormatException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(2);
                    assertThat(e.reason()).isEqualTo("payload ends in the middle of a line");
                    assertThat(e.excerpt()).isEqualTo("m{a=\"1\"} 12");
                });
        assertThatThrownBy(() -> parser.feed(new byte[] {'\n'})).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsALineLongerThanTheLimitInsteadOfBufferingIt() {
        PrometheusTextParser parser = new PrometheusTextParser(MetricSelection.all(), s -> { });
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        assertThatThrownBy(() -> {
            for (int i = 0; i < 17; i++) {
                parser.feed(chunk);
            }
        }).isInstanceOf(MetricsFormatException.class).hasMessageContaining("longer than");
    }

    @Test
    void rejectsInvalidUtf8InKeptLabelValues() {
        byte[] payload = "# TYPE m gauge\nm{a=\"\u00ff\"} 1\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Collected.parse(payload)).hasMessageContaining("line 2: label value is not valid UTF-8");
        assertThat(Collected.parse("# TYPE m gauge\nm{a=\"d\u00e9j\u00e0 vu\"} 1\n").get(0).labels())
                .containsEntry("a", "d\u00e9j\u00e0 vu");
    }

    private static Collected.Line find(List<Collected.Line> lines, String name, String label, String value) {
        return lines.stream()
                .filter(l -> l.name().equals(name) && (label == null || value.equals(l.labels().get(label))))
                .findFirst().orElseThrow();
    }
}
