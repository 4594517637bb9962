package io.kumofleet.sim;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;

/**
 * kumod's {@code /metrics.json} (CONTRACT.md 5.4), streamed: each metric is
 * {@code "name":{"help":..,"type":..,"value":V}} where V is a number (no labels),
 * {@code {"label":{"value":n,..}}} (one label), {@code [{"l1":..,"l2":..,"@":n},..]} (several),
 * or {@code {"count","sum","avg","bucket":[[le,n],..]}} for a histogram.
 */
final class MetricsJson implements ChunkProducer {

    private final List<MetricFamily> families;
    private int family = -1;
    private int row = -1;
    private boolean wroteRow;
    private String[] labels = new String[0];
    private final long[] value = new long[1];

    MetricsJson(MetricFamilies source) {
        this.families = source.all();
    }

    @Override
    public boolean fill(StringBuilder out, int target) {
        while (out.length() < target) {
            if (family < 0) {
                out.append('{');
                family = 0;
                continue;
            }
            if (family >= families.size()) {
                if (family == families.size()) {
                    out.append('}');
                    family++;
                }
                return false;
            }
            MetricFamily f = families.get(family);
            if (row < 0) {
                f.begin().run();
                labels = new String[f.labels().length];
                if (family > 0) {
                    out.append(',');
                }
                out.append('"').append(escape(f.name())).append("\":{\"help\":\"").append(escape(f.help()))
                        .append("\",\"type\":\"").append(f.type()).append("\",\"value\":");
                out.append(labels.length == 0 ? "" : labels.length == 1 ? "{\"" + escape(f.labels()[0]) + "\":{" : "[");
                row = 0;
                wroteRow = false;
                continue;
            }
            if (row >= f.rows().getAsInt()) {
                if (labels.length == 0 && !wroteRow) {
                    out.append("null");
                }
                out.append(labels.length == 0 ? "}" : labels.length == 1 ? "}}}" : "]}");
                family++;
                row = -1;
                continue;
            }
            value[0] = 0;
            if (f.source().row(row, labels, value)) {
                writeRow(f, out);
            }
            row++;
        }
        return family <= families.size();
    }

    private void writeRow(MetricFamily f, StringBuilder out) {
        if (wroteRow) {
            out.append(',');
        }
        wroteRow = true;
        String v = f.isHistogram() ? histogram(f.histograms().apply(row)) : Long.toString(value[0]);
        if (labels.length == 0) {
            out.append(v);
        } else if (labels.length == 1) {
            out.append('"').append(escape(labels[0])).append("\":").append(v);
        } else {
            out.append('{');
            for (int i = 0; i < labels.length; i++) {
                out.append('"').append(escape(f.labels()[i])).append("\":\"").append(escape(labels[i])).append("\",");
            }
            out.append("\"@\":").append(v).append('}');
        }
    }

    private static String histogram(LatencyHistogram latency) {
        long count = latency.count();
        double sum = latency.sum();
        StringBuilder out = new StringBuilder("{\"count\":").append(count)
                .append(",\"sum\":").append(MetricsText.number(sum))
                .append(",\"avg\":").append(MetricsText.number(count == 0 ? 0 : sum / count))
                .append(",\"bucket\":[");
        for (int i = 0; i < LatencyHistogram.BOUNDS.length; i++) {
            out.append(i > 0 ? "," : "").append('[').append(MetricsText.number(LatencyHistogram.BOUNDS[i]))
                    .append(',').append(latency.cumulative(i)).append(']');
        }
        return out.append("]}").toString();
    }

    private static String escape(String text) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(text));
    }
}
