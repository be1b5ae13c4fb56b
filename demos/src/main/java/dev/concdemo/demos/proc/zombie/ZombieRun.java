package dev.concdemo.demos.proc.zombie;

import dev.concdemo.support.os.ProcStat;
import dev.concdemo.support.proc.NativeChild;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.work.Poll;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A zombie is a process that has ended but whose parent has not yet collected its exit
 * status ({@code wait}): the kernel keeps its pid and status until then. One is shown from
 * /proc, then reaped; then a parent that starts children and never reaps them, and one that
 * reaps each (join). The children are started with posix_spawn ({@link NativeChild}): the JDK
 * reaps every child it starts itself, at once, so a ProcessBuilder child never stays a zombie.
 */
final class ZombieRun {
    private static final long REAP_WAIT_MILLIS = 10_000;

    private final Narrator n;
    private final String main = Narrator.ownLabel();
    private final Duration childLife;
    private final Duration hold;
    private final int count;
    private final List<NativeChild> unreaped = new ArrayList<>(); // the command's thread only
    private volatile String done = "nothing yet";

    ZombieRun(Narrator n, Duration childLife, Duration hold, int count) {
        this.n = n;
        this.childLife = childLife;
        this.hold = hold;
        this.count = count;
    }

    String soFar() {
        return done;
    }

    ZombieReport run() throws InterruptedException {
        try {
            return steps();
        } finally {
            for (NativeChild child : unreaped) { // a cancelled run: end and reap what is left
                ProcessHandle.of(child.pid()).ifPresent(ProcessHandle::destroyForcibly);
                child.reap(2_000);
            }
        }
    }

    private ZombieReport steps() throws InterruptedException {
        long us = ProcessHandle.current().pid();
        step("1");
        NativeChild child = spawn("/bin/sh", "-c", "sleep " + seconds(childLife) + "; exit 7");
        char running = child.stat().map(ProcStat::state).orElse('?');
        say("posix_spawn sh -c 'sleep %s; exit 7' → pid %d, state %c (%s)"
                .formatted(seconds(childLife), child.pid(), running, meaning(running)));
        awaitZombie(child);
        Optional<ProcStat> zombie = child.stat();
        char after = zombie.map(ProcStat::state).orElse('?');
        long parent = zombie.map(ProcStat::ppid).orElse(-1L);
        boolean jdkAlive =
                ProcessHandle.of(child.pid()).map(ProcessHandle::isAlive).orElse(false);
        say("pid %d ended; /proc/%d/stat: state %c (%s), parent %d%s"
                .formatted(child.pid(), child.pid(), after, meaning(after), parent, parent == us ? " (us)" : ""));
        say("ProcessHandle.of(%d).isAlive() → %b: the JDK counts a zombie as alive".formatted(child.pid(), jdkAlive));
        Thread.sleep(hold);
        say("still %c after %s s: its pid and exit status wait for its parent"
                .formatted(child.stat().map(ProcStat::state).orElse('?'), seconds(hold)));
        int status = child.reap(REAP_WAIT_MILLIS);
        unreaped.remove(child);
        boolean gone = child.stat().isEmpty();
        say("waitpid(%d) → exit status %d; /proc/%d %s"
                .formatted(child.pid(), status, child.pid(), gone ? "is gone: reaped" : "is still there"));
        done = "one zombie shown and reaped";

        step("2");
        Zombies.Peak peak = new Zombies.Peak();
        try {
            for (int i = 1; i <= count; i++) {
                NativeChild c = spawn("/bin/true");
                awaitZombie(c);
                if (i <= 3 || i == count || i % Math.max(1, count / 4) == 0) {
                    List<Long> zombies = Zombies.ofOurs();
                    say("%d started, %s holding pids %s"
                            .formatted(i, Units.count(zombies.size(), "zombie"), range(zombies)));
                }
            }
        } finally {
            peak.stop();
        }
        int peakUnreaped = peak.peak();
        say("pid_max here is %s; each zombie holds one until it is reaped".formatted(pidMax()));
        for (NativeChild c : List.copyOf(unreaped)) {
            c.reap(REAP_WAIT_MILLIS);
            unreaped.remove(c);
        }
        int left = Zombies.ofOurs().size();
        say("reaped all %d: %d zombies left".formatted(count, left));
        done = "the careless parent's " + count + " zombies, reaped";

        step("3");
        Zombies.Peak fixed = new Zombies.Peak();
        try {
            for (int i = 0; i < count; i++) {
                NativeChild c = spawn("/bin/true");
                c.reap(REAP_WAIT_MILLIS);
                unreaped.remove(c);
            }
        } finally {
            fixed.stop();
        }
        int peakReaped = fixed.peak();
        Texts texts = Texts.of(ZombieDemo.class);
        say(texts.format(
                "reapedEach",
                count,
                texts.count("zombies", peakReaped),
                Zombies.ofOurs().size()));
        done = "all three steps";
        return new ZombieReport(
                us, child.pid(), running, after, parent, jdkAlive, status, gone, count, peakUnreaped, left, peakReaped);
    }

    private NativeChild spawn(String program, String... args) {
        NativeChild c = NativeChild.start(program, args);
        unreaped.add(c);
        return c;
    }

    private static void awaitZombie(NativeChild c) throws InterruptedException {
        Poll.until(
                Duration.ofSeconds(10),
                () -> c.stat().map(s -> s.state() == 'Z').orElse(true));
    }

    static String meaning(char state) {
        return switch (state) {
            case 'R' -> "running";
            case 'S' -> "sleeping";
            case 'D' -> "waiting for IO";
            case 'Z' -> "zombie";
            case 'T' -> "stopped";
            default -> "unknown";
        };
    }

    private static String range(List<Long> pids) {
        if (pids.isEmpty()) {
            return "none";
        }
        List<Long> sorted = pids.stream().sorted().toList();
        return sorted.size() == 1 ? sorted.getFirst().toString() : sorted.getFirst() + "…" + sorted.getLast();
    }

    private static String pidMax() {
        try {
            return Files.readAllLines(Path.of("/proc/sys/kernel/pid_max"))
                    .getFirst()
                    .strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9)
                .replaceAll("0+$", "")
                .replaceAll("\\.$", "");
    }

    private void say(String text) {
        n.event(main, text);
    }

    private void step(String key, Object... args) {
        n.step(ZombieRun.class, key, args);
    }
}
