package io.kumofleet.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: a sink that copies every sample it is given. */
final class Collected implements SampleSink {

    record Line(long lineNumber, String name, MetricType type, Map<String, String> labels, double value) {
        @Override
        public String toString() {
            return lineNumber + ":" + name + labels + "=" + value;
        }
    }

    final List<Line> lines = new ArrayList<>();

    @Override
    public void accept(Sample s) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < s.labelCount(); i++) {
            labels.put(s.labelName(i), s.labelValue(i));
        }
        lines.add(new Line(s.lineNumber(), s.name(), s.type(), labels, s.value()));
    }

    static List<Line> parse(String text) {
        return parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static List<Line> parse(byte[] payload) {
        Collected sink = new Collected();
        PrometheusTextParser parser = new PrometheusTextParser(MetricSelection.all(), sink);
        parser.feed(payload);
        parser.finish();
        return sink.lines;
    }
}
