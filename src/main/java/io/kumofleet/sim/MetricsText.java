package io.kumofleet.sim;

import java.math.BigDecimal;
import java.util.List;

/**
 * kumod's {@code /metrics} Prometheus text, produced family by family and row by row on demand.
 * Registry families look like the prometheus crate's encoder ({@code a="1",b="2"}); streaming
 * collector families like KumoMTA's ({@code a="1", b="2"}, integers, label values unescaped).
 * {@code prefix} is prepended to every metric name.
 */
final class MetricsText implements ChunkProducer {

    private final List<MetricFamily> families;
    private final String prefix;
    private int family;
    private int row = -1;
    private String[] labels = new String[0];
    private final long[] value = new long[1];

    MetricsText(MetricFamilies source, String prefix) {
        this.families = source.all();
        this.prefix = prefix == null ? "" : prefix;
    }

    @Override
    public boolean fill(StringBuilder out, int target) {
        while (out.length() < target) {
            if (family >= families.size()) {
                return false;
            }
            MetricFamily f = families.get(family);
            if (row < 0) {
                f.begin().run();
                labels = new String[f.labels().length];
                out.append("# HELP ").append(prefix).append(f.name()).append(' ').append(f.help()).append('\n');
                out.append("# TYPE ").append(prefix).append(f.name()).append(' ').append(f.type()).append('\n');
                row = 0;
                continue;
            }
            if (row >= f.rows().getAsInt()) {
                family++;
                row = -1;
                continue;
            }
            value[0] = 0;
            if (f.source().row(row, labels, value)) {
                if (f.isHistogram()) {
                    histogram(f, out);
                } else {
                    sample(out, f.name(), f, value[0]);
                }
            }
            row++;
        }
        return family < families.size();
    }

    private void sample(StringBuilder out, String name, MetricFamily f, long v) {
        out.append(prefix).append(name);
        appendLabels(out, f, null);
        out.append(' ').append(v).append('\n');
    }

    private void appendLabels(StringBuilder out, MetricFamily f, String le) {
        if (labels.length == 0 && le == null) {
            return;
        }
        String separator = f.compact() ? "," : ", ";
        out.append('{');
        for (int i = 0; i < labels.length; i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(f.labels()[i]).append("=\"").append(labels[i]).append('"');
        }
        if (le != null) {
            out.append(labels.length > 0 ? separator : "").append("le=\"").append(le).append('"');
        }
        out.append('}');
    }

    private void histogram(MetricFamily f, StringBuilder out) {
        LatencyHistogram latency = f.histograms().apply(row);
        for (int i = 0; i <= LatencyHistogram.BOUNDS.length; i++) {
            boolean inf = i == LatencyHistogram.BOUNDS.length;
            out.append(prefix).append(f.name()).append("_bucket");
            appendLabels(out, f, inf ? "+Inf" : number(LatencyHistogram.BOUNDS[i]));
            out.append(' ').append(inf ? latency.count() : latency.cumulative(i)).append('\n');
        }
        out.append(prefix).append(f.name()).append("_sum");
        appendLabels(out, f, null);
        out.append(' ').append(number(latency.sum())).append('\n');
        out.append(prefix).append(f.name()).append("_count");
        appendLabels(out, f, null);
        out.append(' ').append(latency.count()).append('\n');
    }

    /** Rust's f64 Display: shortest round-trip digits, no exponent, no trailing {@code .0}. */
    static String number(double v) {
        if (v == 0) {
            return "0";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
