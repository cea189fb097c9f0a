package app.ballast.web.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Where the application's request threads spent their time in a JFR recording: a helper for reading
 * a benchmark run, not a test. Record one with
 * <pre>
 * ./mvnw -B -pl web -Pbench -DskipTests verify -Dbench.write-docs=false \
 *   "-Dbench.app-jvm-args=-XX:StartFlightRecording=filename=/tmp/bench-app.jfr,settings=profile,dumponexit=true"
 * </pre>
 * then run this class with the recording, and optionally {@code --from=} and {@code --to=} (ISO instants,
 * e.g. the start and end of one series in the driver's log) and {@code --threads=} (a thread-name prefix,
 * {@code executor-thread} by default: the Quarkus worker threads that serve blocking endpoints).
 *
 * <p>It prints the share of execution samples in which each component is on the stack (inclusive, so
 * they overlap), the hottest methods (self), and the sampled allocation by innermost component.
 */
public final class JfrHotspots {

    /** Components in the order they are tried for allocation (innermost frame first matches). */
    private static final Map<String, BiPredicate<String, String>> COMPONENTS = new LinkedHashMap<>();

    static {
        COMPONENTS.put("LedgerEntry checks (Scales.requireFits)", (c, m) -> c.equals("app.ballast.domain.LedgerEntry")
                || c.equals("app.ballast.domain.Scales"));
        COMPONENTS.put("LedgerRepository.compact (stripTrailingZeros)", (c, m) ->
                c.equals("app.ballast.web.ledger.LedgerRepository") && m.equals("compact"));
        COMPONENTS.put("HoldingsCalculator / Position (replay)", (c, m) -> c.startsWith("app.ballast.portfolio.") && !c.contains("$$"));
        COMPONENTS.put("Connector/J (MySQL protocol)", (c, m) -> c.startsWith("com.mysql.cj."));
        COMPONENTS.put("LedgerRepository.entries (the whole read)", (c, m) ->
                c.equals("app.ballast.web.ledger.LedgerRepository") && m.contains("entries"));
        COMPONENTS.put("Hibernate ORM (or code it calls back)", (c, m) -> c.startsWith("org.hibernate."));
        COMPONENTS.put("Jackson (JSON)", (c, m) -> c.startsWith("com.fasterxml.jackson."));
        COMPONENTS.put("security (HTTP Basic)", (c, m) -> c.startsWith("io.quarkus.security.")
                || c.startsWith("io.quarkus.vertx.http.runtime.security.") || c.startsWith("org.wildfly.security."));
    }

    private JfrHotspots() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: JfrHotspots <recording.jfr> [--from=ISO] [--to=ISO] [--threads=prefix]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        Instant from = Instant.MIN;
        Instant to = Instant.MAX;
        String threads = "executor-thread";
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--from=")) {
                from = Instant.parse(a.substring(7));
            } else if (a.startsWith("--to=")) {
                to = Instant.parse(a.substring(5));
            } else if (a.startsWith("--threads=")) {
                threads = a.substring(10);
            } else {
                throw new IllegalArgumentException("unknown argument " + a);
            }
        }

        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Long> allocated = new HashMap<>();
        int samples = 0;
        long allocatedTotal = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent e = recording.readEvent();
                if (e.getStartTime().isBefore(from) || e.getStartTime().isAfter(to) || e.getStackTrace() == null) {
                    continue;
                }
                String type = e.getEventType().getName();
                if (type.equals("jdk.ExecutionSample")) {
                    if (!onThreads(e, "sampledThread", threads)) {
                        continue;
                    }
                    samples++;
                    List<RecordedFrame> frames = e.getStackTrace().getFrames();
                    if (!frames.isEmpty()) {
                        self.merge(name(frames.get(0)), 1, Integer::sum);
                    }
                    Set<String> seen = new HashSet<>();
                    for (RecordedFrame frame : frames) {
                        String c = frame.getMethod().getType().getName();
                        String m = frame.getMethod().getName();
                        COMPONENTS.forEach((label, test) -> {
                            if (test.test(c, m) && seen.add(label)) {
                                inclusive.merge(label, 1, Integer::sum);
                            }
                        });
                    }
                } else if (type.equals("jdk.ObjectAllocationSample")) {
                    if (!onThreads(e, "eventThread", threads)) {
                        continue;
                    }
                    long weight = e.getLong("weight");
                    allocatedTotal += weight;
                    allocated.merge(innermost(e.getStackTrace().getFrames()), weight, Long::sum);
                }
            }
        }

        System.out.println("Execution samples on " + threads + "* threads: " + samples);
        final int total = Math.max(1, samples);
        inclusive.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(x -> System.out.println("  on the stack " + percent(x.getValue(), total) + "  " + x.getKey()));
        System.out.println("Hottest methods (self):");
        self.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(x -> System.out.println("  " + percent(x.getValue(), total) + "  " + x.getKey()));
        System.out.println("Sampled allocation on those threads: " + allocatedTotal / (1024 * 1024) + " MiB, by innermost component:");
        final long all = Math.max(1, allocatedTotal);
        allocated.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(x -> System.out.println("  " + percent(x.getValue(), all) + "  " + x.getKey()));
    }

    private static boolean onThreads(RecordedEvent e, String field, String prefix) {
        if (!e.hasField(field)) {
            return false;
        }
        RecordedThread t = e.getThread(field);
        return t != null && t.getJavaName() != null && t.getJavaName().startsWith(prefix);
    }

    private static String innermost(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String c = frame.getMethod().getType().getName();
            String m = frame.getMethod().getName();
            for (Map.Entry<String, BiPredicate<String, String>> component : COMPONENTS.entrySet()) {
                if (component.getValue().test(c, m)) {
                    return component.getKey();
                }
            }
        }
        return "other";
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String percent(long part, long whole) {
        return String.format("%6s %%", BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP).toPlainString());
    }
}
