package io.kumofleet.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A line-at-a-time checker with kcli's parser rules (CONTRACT.md 5.5): a TYPE line must precede
 * any sample, only counter, gauge and histogram exist; samples are {@code name{labels} value}.
 */
public final class PrometheusLines {

    /** One sample: metric name, raw label text (without braces) and value. */
    public record Sample(String name, String labels, String value) {}

    private final Map<String, String> types = new LinkedHashMap<>();
    private final Map<String, Integer> samplesPerFamily = new HashMap<>();
    private final List<Sample> kept = new ArrayList<>();
    private final Set<String> keep;
    private long samples;
    private StringBuilder partial = new StringBuilder();

    /** @param keep the metric names whose samples should be kept for inspection */
    public PrometheusLines(Set<String> keep) {
        this.keep = keep;
    }

    /** Feeds a piece of the body, which may end mid-line. */
    public void feed(String text) {
        partial.append(text);
        int start = 0;
        for (int nl = partial.indexOf("\n"); nl >= 0; nl = partial.indexOf("\n", start)) {
            line(partial.substring(start, nl));
            start = nl + 1;
        }
        partial = new StringBuilder(partial.substring(start));
    }

    public void finish() {
        assertEquals("", partial.toString(), "the body ends with a newline");
    }

    private void line(String line) {
        if (line.startsWith("# TYPE ")) {
            String[] parts = line.split(" ");
            assertEquals(4, parts.length, line);
            assertTrue(Set.of("counter", "gauge", "histogram").contains(parts[3]), line);
            types.put(parts[2], parts[3]);
            return;
        }
        if (line.startsWith("#")) {
            assertTrue(line.startsWith("# HELP "), line);
            return;
        }
        int space = line.lastIndexOf(' ');
        assertTrue(space > 0, line);
        String head = line.substring(0, space);
        String value = line.substring(space + 1);
        try {
            Double.parseDouble(value.replace("+Inf", "Infinity"));
        } catch (NumberFormatException e) {
            fail("bad value in " + line);
        }
        int brace = head.indexOf('{');
        String name = brace < 0 ? head : head.substring(0, brace);
        String labels = brace < 0 ? "" : head.substring(brace + 1, head.length() - 1);
        if (brace >= 0) {
            assertTrue(head.endsWith("}"), line);
        }
        String family = family(name);
        assertTrue(types.containsKey(family), "sample before its TYPE line: " + line);
        samples++;
        samplesPerFamily.merge(family, 1, Integer::sum);
        if (keep.contains(name)) {
            kept.add(new Sample(name, labels, value));
        }
    }

    private String family(String name) {
        for (String suffix : new String[] {"_bucket", "_sum", "_count"}) {
            if (name.endsWith(suffix)) {
                String base = name.substring(0, name.length() - suffix.length());
                if ("histogram".equals(types.get(base))) {
                    return base;
                }
            }
        }
        return name;
    }

    public Map<String, String> types() {
        return types;
    }

    public int samplesOf(String family) {
        return samplesPerFamily.getOrDefault(family, 0);
    }

    public long samples() {
        return samples;
    }

    public List<Sample> kept() {
        return kept;
    }
}
