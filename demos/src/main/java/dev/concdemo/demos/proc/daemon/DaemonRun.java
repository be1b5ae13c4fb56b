package dev.concdemo.demos.proc.daemon;

import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.os.ProcStat;
import dev.concdemo.support.os.Subreaper;
import dev.concdemo.support.proc.ChildProcess;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.work.Poll;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A daemon child ends with the program that started it; a non-daemon one is waited for. The
 * seed's main program is a child JVM here (so that it can end while we watch): it starts
 * one of each and ends. Then the rule that daemon is set before start, and a main killed
 * with SIGKILL, which runs no exit code at all: its daemon child still goes, because its
 * standard input is a pipe from its parent, which the kernel closes when the parent dies.
 */
final class DaemonRun {
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** How often /proc is read for the daemon's end after kill -9: finer than a millisecond, as it is measured. */
    private static final Duration GONE_POLL = Duration.ofNanos(200_000);

    private static final Pattern PIDS =
            Pattern.compile("daemon pid (\\d+) \\(p.daemon = True\\), non-daemon pid (\\d+)");
    private static final Pattern STAYING = Pattern.compile("p.daemon = True; p.start\\(\\) → pid (\\d+);.*");

    private final Narrator n;
    private final String main = Narrator.ownLabel();
    private final Duration sleep;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Map<String, Long> saidAt = new ConcurrentHashMap<>(); // "pid N: text" → when first said
    private volatile long daemon = -1;
    private volatile long worker = -1;
    private volatile long stayingDaemon = -1;
    private volatile String done = "nothing yet";

    DaemonRun(Narrator n, Duration sleep) {
        this.n = n;
        this.sleep = sleep;
    }

    String soFar() {
        return done;
    }

    DaemonReport run() throws IOException, InterruptedException {
        try {
            return steps();
        } finally {
            long left = stayingDaemon;
            if (left > 0 && ProcessHandle.of(left).isPresent()) { // a cancelled run
                ProcessHandle.of(left).ifPresent(ProcessHandle::destroyForcibly);
                Subreaper.waitFor(left, 2_000);
            }
        }
    }

    private DaemonReport steps() throws IOException, InterruptedException {
        step("1");
        long mainPid;
        long mainEnded;
        try (ChildProcess program = ChildProcess.start(
                "main", DaemonPrograms.Main.class, List.of(Long.toString(sleep.toMillis())), this::line)) {
            mainPid = program.pid();
            program.joinFailure(WAIT).ifPresent(failure -> {
                throw new ScenarioFailure("pid %d (main) %s".formatted(mainPid, failure));
            });
            mainEnded = System.nanoTime();
        }
        boolean daemonOver = saidAt.containsKey("pid " + daemon + ": egon is over");
        Long workerOverAt = saidAt.get("pid " + worker + ": egon is over");
        double mainAfterWorker = workerOverAt == null ? -1 : (mainEnded - workerOverAt) / 1e6;
        say("pid %d has ended; daemon %d %s; non-daemon %d %s"
                .formatted(
                        mainPid,
                        daemon,
                        daemonOver ? "said it is over" : "never said 'is over'",
                        worker,
                        workerOverAt != null ? "said it is over, and main waited for it" : "never said 'is over'"));
        done = "step 1";

        step("2");
        String afterStart;
        try (ChildProcess late = ChildProcess.start(
                "late", DaemonPrograms.Task.class, List.of(Long.toString(sleep.toMillis())), (pid, text) -> {})) {
            try {
                late.daemon(true);
                afterStart = "accepted";
            } catch (IllegalStateException e) {
                afterStart = "IllegalStateException: " + e.getMessage();
            }
            say("p.start(); p.daemon = True → " + afterStart + " (Python: AssertionError, the same words)");
        }
        done = "steps 1 and 2";

        step("3");
        long killedPid;
        double goneMs;
        try (ChildProcess program = ChildProcess.start(
                "main", DaemonPrograms.Main.class, List.of(Long.toString(WAIT.toMillis()), "stay"), this::line)) {
            killedPid = program.pid();
            String ready = "pid " + killedPid + ": ready";
            Poll.until(WAIT, () -> saidAt.containsKey(ready));
            long d = stayingDaemon;
            program.kill();
            long killed = System.nanoTime();
            say("kill -9 %d".formatted(killedPid));
            Poll.until(WAIT, GONE_POLL, () -> ProcStat.of(d)
                    .map(s -> s.state() == 'Z')
                    .orElse(true));
            goneMs = (System.nanoTime() - killed) / 1e6;
            Subreaper.waitFor(d, 2_000); // it was orphaned to us, the subreaper: ours to reap
            say("daemon %d ended %.1f ms after its parent was killed: its stdin pipe closed".formatted(d, goneMs));
        }
        done = "all three steps";
        return new DaemonReport(
                mainPid,
                daemon,
                worker,
                List.copyOf(lines),
                daemonOver,
                workerOverAt != null,
                Math.round(mainAfterWorker * 100) / 100.0,
                afterStart,
                killedPid,
                stayingDaemon,
                Math.round(goneMs * 100) / 100.0);
    }

    private void line(long pid, String text) {
        Matcher pids = PIDS.matcher(text);
        if (pids.matches()) {
            daemon = Long.parseLong(pids.group(1));
            worker = Long.parseLong(pids.group(2));
        }
        Matcher staying = STAYING.matcher(text);
        if (staying.matches()) {
            stayingDaemon = Long.parseLong(staying.group(1));
        }
        String line = "pid " + pid + ": " + text;
        saidAt.putIfAbsent(line, System.nanoTime());
        lines.add(line);
        n.processEvent(pid, text);
    }

    private void say(String text) {
        lines.add(main + ": " + text);
        n.event(main, text);
    }

    private void step(String key, Object... args) {
        n.step(DaemonRun.class, key, args);
    }
}
