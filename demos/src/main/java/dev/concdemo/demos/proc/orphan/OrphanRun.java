package dev.concdemo.demos.proc.orphan;

import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.os.ExitStatus;
import dev.concdemo.support.os.ProcStat;
import dev.concdemo.support.os.Subreaper;
import dev.concdemo.support.proc.ChildProcess;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.work.Poll;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An orphan is a process whose parent has ended while it still runs. The kernel gives it a
 * new parent: init (pid 1), or the nearest ancestor that has made itself a <em>child
 * subreaper</em> ({@code prctl(PR_SET_CHILD_SUBREAPER)}), which concdemo does so that nothing
 * it starts escapes it. Shown twice: with our subreaper turned off, then on. Either way the
 * orphan is killed by its pid at the end, and reaped.
 */
final class OrphanRun {
    /** The orphan's longest life: it is killed long before, unless concdemo itself is killed -9. */
    private static final Duration ORPHAN_LIFE = Duration.ofSeconds(10);

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Pattern STARTED = Pattern.compile("started pid (\\d+)");
    private static final Pattern NOW = Pattern.compile("my parent is now (\\d+).*");

    private final Narrator n;
    private final String main = Narrator.ownLabel();
    private final long us = ProcessHandle.current().pid();
    private final List<OrphanReport.Case> cases = new ArrayList<>();
    private final Set<Long> said = ConcurrentHashMap.newKeySet(); // pids that have printed a line
    private volatile long orphan = -1; // the current case's orphan, once its parent named it
    private volatile long orphanSaw = -1;

    OrphanRun(Narrator n) {
        this.n = n;
    }

    String soFar() {
        return cases.size() + " of 2 cases";
    }

    OrphanReport run() throws IOException, InterruptedException {
        String init = OrphanPrograms.name(1);
        try {
            step("1");
            cases.add(orphaning(false));
            step("2");
            cases.add(orphaning(true));
        } finally {
            Subreaper.become();
            long left = orphan;
            if (left > 0) { // a cancelled run: kill the orphan wherever it went
                ProcessHandle.of(left).ifPresent(ProcessHandle::destroyForcibly);
                Subreaper.waitFor(left, 2_000);
            }
            Subreaper.sweep(); // one orphaned before we learnt its pid came to us: end it too
        }
        return new OrphanReport(us, init, List.copyOf(cases));
    }

    private OrphanReport.Case orphaning(boolean subreaper) throws IOException, InterruptedException {
        orphan = -1;
        orphanSaw = -1;
        try (ChildProcess parent = ChildProcess.start(
                "parent", OrphanPrograms.Parent.class, List.of(Long.toString(ORPHAN_LIFE.toMillis())), this::line)) {
            Poll.until(WAIT, () -> (orphan >= 0 && ProcStat.of(orphan).isPresent()) || !parent.isAlive());
            if (orphan < 0) {
                throw new ScenarioFailure("pid %d (the parent) %s"
                        .formatted(
                                parent.pid(),
                                parent.isAlive()
                                        ? "did not start its child within 10 s"
                                        : "ended before it started its child: "
                                                + parent.waitFor(Duration.ZERO).stream()
                                                        .mapToObj(ExitStatus::describe)
                                                        .findFirst()
                                                        .orElse("?")));
            }
            long child = orphan;
            awaitSaid(child);
            long before = ppid(child);
            say("/proc/%d/stat: parent %d".formatted(child, before));
            if (subreaper) {
                say(Subreaper.become() ? "prctl(PR_SET_CHILD_SUBREAPER, 1): we are a subreaper" : "no subreaper here");
            } else {
                say(
                        Subreaper.stop()
                                ? "could not stop being a subreaper"
                                : "prctl(PR_SET_CHILD_SUBREAPER, 0): we are not a subreaper now");
            }
            parent.send("exit");
            // polled: Process.onExit() completes on the common pool, late on a busy one
            if (!Poll.until(WAIT, () -> !parent.isAlive())) {
                throw new ScenarioFailure("pid " + parent.pid() + " (the parent) did not exit when told to");
            }
            long exited = System.nanoTime();
            say("pid %d has exited; pid %d still runs: an orphan".formatted(parent.pid(), child));
            Poll.until(WAIT, () -> ppid(child) != before);
            long after = ppid(child);
            double tookMs = (System.nanoTime() - exited) / 1e6;
            String name = OrphanPrograms.name(after);
            say("/proc/%d/stat: parent %d (%s)%s".formatted(child, after, name, after == us ? ": us" : ""));
            Poll.until(Duration.ofSeconds(2), () -> orphanSaw >= 0);
            return kill(subreaper, parent.pid(), child, before, after, name, tookMs);
        }
    }

    private OrphanReport.Case kill(
            boolean subreaper, long parent, long child, long before, long after, String name, double tookMs)
            throws InterruptedException {
        ProcessHandle.of(child).ifPresent(ProcessHandle::destroyForcibly);
        long reapedBy;
        if (after == us) {
            int status = Subreaper.waitFor(child, WAIT.toMillis());
            say("killed pid %d and reaped it ourselves: waitpid → %s"
                    .formatted(child, status >= 0 ? "signal " + (status & 0x7f) : "nothing"));
            reapedBy = status >= 0 ? us : -1;
        } else {
            Poll.until(WAIT, () -> !Files.exists(Path.of("/proc/" + child)));
            boolean gone = !Files.exists(Path.of("/proc/" + child));
            say("killed pid %d; %s"
                    .formatted(child, gone ? "its new parent " + after + " reaped it" : "it is not reaped yet"));
            reapedBy = gone ? after : -1;
        }
        orphan = -1;
        return new OrphanReport.Case(
                subreaper,
                parent,
                child,
                before,
                after,
                name,
                orphanSaw,
                Math.round(tookMs * 100) / 100.0,
                reapedBy,
                !Files.exists(Path.of("/proc/" + child)));
    }

    private void awaitSaid(long child) throws InterruptedException {
        Poll.until(WAIT, () -> said.contains(child));
    }

    private void line(long pid, String text) {
        Matcher started = STARTED.matcher(text);
        if (started.matches()) {
            orphan = Long.parseLong(started.group(1));
        }
        Matcher now = NOW.matcher(text);
        if (now.matches()) {
            orphanSaw = Long.parseLong(now.group(1));
        }
        said.add(pid);
        n.processEvent(pid, text);
    }

    private static long ppid(long pid) {
        return ProcStat.of(pid).map(ProcStat::ppid).orElse(-1L);
    }

    private void say(String text) {
        n.event(main, text);
    }

    private void step(String key, Object... args) {
        n.step(OrphanRun.class, key, args);
    }
}
