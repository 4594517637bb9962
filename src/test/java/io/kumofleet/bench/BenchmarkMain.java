package io.kumofleet.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ParserBenchmark} with modest settings (one fork, one thread, 3 × 2 s warm-up,
 * 5 × 2 s measurement; any JMH command-line option overrides them) and prints each score as
 * samples per second and as a ratio to the 5 M samples/s target and to the validate-only floor.
 */
public final class BenchmarkMain {

    private static final double TARGET = 5_000_000;

    private BenchmarkMain() {}

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Options options = new OptionsBuilder()
                .include(ParserBenchmark.class.getSimpleName())
                .forks(1)
                .threads(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .jvmArgs("-Xms1g", "-Xmx1g")
                .parent(new CommandLineOptions(args))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        List<RunResult> sorted = new ArrayList<>(results);
        double floor = sorted.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("validateOnly"))
                .mapToDouble(r -> r.getPrimaryResult().getScore()).findFirst().orElse(Double.NaN);
        System.out.printf("%npayload: %,d samples per operation batch%n", BusyPayload.SAMPLES);
        for (RunResult r : sorted) {
            String name = r.getParams().getBenchmark();
            double score = r.getPrimaryResult().getScore();
            System.out.printf("%-24s %6.2fM samples/s  %.2fx target  %.2fx validate-only%n",
                    name.substring(name.lastIndexOf('.') + 1), score / 1e6, score / TARGET, score / floor);
        }
    }
}
