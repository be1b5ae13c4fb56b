package dev.concdemo.demos.jvm.visibility;

import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.proc.ChildProcess;
import dev.concdemo.support.term.Narrator;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One run: each variant in its own child JVM ({@link Spinner}), one after another; a child whose
 * spinner never saw its flag is killed by us.
 */
final class VisibilityRun {
    /** Our label. */
    static final String MAIN = "main";

    /** Every variant, in the order a default run takes them. */
    static final List<String> VARIANTS = List.of("plain", "volatile", "interpreted", "atomic", "opaque");

    /** How long the spin method runs on a flag nobody sets, so that the JIT compiles it first. */
    static final long WARM_UP_MS = 300;

    /** How long we wait for a child to say how its spinner did, beyond --wait (a busy machine). */
    private static final Duration REPLY = Duration.ofSeconds(60);

    private final List<String> variants;
    private final long waitMs;
    private final Narrator n;

    VisibilityRun(List<String> variants, long waitMs, Narrator n) {
        this.variants = variants;
        this.waitMs = waitMs;
        this.n = n;
    }

    /** The variants finished so far, as the summary would name them; read by Ctrl-C's thread. */
    private final List<String> finished = new CopyOnWriteArrayList<>();

    /** What was measured before an interrupt: each finished variant's outcome; null for none. */
    String soFar() {
        return finished.isEmpty() ? null : String.join("; ", finished);
    }

    VisibilityReport run() throws IOException, InterruptedException {
        List<VisibilityReport.Variant> done = new ArrayList<>();
        for (String variant : variants) {
            VisibilityReport.Variant v = one(variant);
            done.add(v);
            finished.add(
                    v.stopped()
                            ? "%s stopped %,d µs after the store".formatted(variant, v.stoppedAfterMicros())
                            : "%s still spinning after %s s".formatted(variant, seconds(waitMs)));
        }
        return new VisibilityReport(waitMs, done);
    }

    /** What one child said; each field written by the child's output forwarder before `replied` counts down. */
    private static final class Reply {
        final CountDownLatch replied = new CountDownLatch(1);
        volatile long warmMs;
        volatile long perMs;
        volatile Long micros;
        volatile long spunMs;
    }

    private VisibilityReport.Variant one(String variant) throws IOException, InterruptedException {
        Reply reply = new Reply();
        String[] jvm = variant.equals("interpreted") ? new String[] {"-Xint"} : new String[0];
        ChildProcess child = ChildProcess.ofTarget(
                        variant,
                        Spinner.class,
                        "run",
                        List.of(variant, Long.toString(WARM_UP_MS), Long.toString(waitMs)))
                .jvmOptions(jvm);
        try (child) {
            child.start((pid, line) -> heard(variant, pid, line, reply));
            n.event(
                    MAIN,
                    "started %s's JVM, pid %d%s".formatted(variant, child.pid(), jvm.length > 0 ? " (-Xint)" : ""));
            if (!reply.replied.await(waitMs + REPLY.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ScenarioFailure(
                        "the %s JVM (pid %d) said nothing for %d s".formatted(variant, child.pid(), REPLY.toSeconds()));
            }
            boolean killed = false;
            if (reply.micros == null) {
                n.event(
                        MAIN,
                        Narrator.style(
                                "bold,fg_red",
                                "%s: still spinning after %s s: killing pid %d"
                                        .formatted(variant, seconds(waitMs), child.pid())));
                child.kill();
                killed = true;
            }
            child.joinFailure(Duration.ofSeconds(30)).ifPresent(failure -> {
                if (reply.micros != null) {
                    throw new ScenarioFailure("the %s JVM (pid %d) %s".formatted(variant, child.pid(), failure));
                }
            });
            if (killed && child.isAlive()) {
                throw new ScenarioFailure("the %s JVM (pid %d) outlived a kill".formatted(variant, child.pid()));
            }
            return new VisibilityReport.Variant(
                    variant, reply.micros != null, reply.micros, reply.spunMs, reply.warmMs, reply.perMs, killed);
        }
    }

    private void heard(String variant, long pid, String line, Reply reply) {
        String[] w = line.split(" ");
        switch (w[0]) {
            case "warm" -> {
                reply.warmMs = Long.parseLong(w[1]);
                reply.perMs = Long.parseLong(w[2]);
                n.processEvent(
                        pid,
                        "%s: the spin loop ran %d ms on a flag nobody sets (%,d turns/ms), to be compiled"
                                .formatted(variant, reply.warmMs, reply.perMs));
                n.processEvent(pid, "%s: spinner started; main sleeps 100 ms".formatted(variant));
            }
            case "stored" -> n.processEvent(pid, "%s: main: stop = true".formatted(variant));
            case "seen" -> {
                reply.spunMs = Long.parseLong(w[2]);
                reply.micros = Long.parseLong(w[1]);
                n.processEvent(
                        pid,
                        Narrator.style(
                                "fg_green",
                                "%s: spinner saw it %,d µs after the store and stopped (spun %d ms)"
                                        .formatted(variant, reply.micros, reply.spunMs)));
                reply.replied.countDown();
            }
            case "spinning" -> {
                reply.spunMs = Long.parseLong(w[1]);
                reply.replied.countDown();
            }
            default -> n.processEvent(pid, line);
        }
    }

    static String seconds(long ms) {
        return ms % 1000 == 0 ? Long.toString(ms / 1000) : String.format(java.util.Locale.ROOT, "%.1f", ms / 1000.0);
    }
}
