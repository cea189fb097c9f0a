package app.ballast.portfolio.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs one benchmark class the way every benchmark here runs: one fork, 3 warm-up and 5 measured iterations. */
final class BenchmarkRunner {

    private BenchmarkRunner() {
    }

    static void run(Class<?> benchmark) throws RunnerException {
        new Runner(new OptionsBuilder()
                .include(benchmark.getName())
                .forks(1)
                .warmupIterations(3)
                .measurementIterations(5)
                .shouldFailOnError(true)
                .build()).run();
    }
}
