package dev.concdemo.demos.proc.ipc;

import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.proc.ChildProcess;
import dev.concdemo.support.proc.ChildProgram;
import dev.concdemo.support.term.Narrator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Processes that talk through a queue (seed 001, 进程间通信 and 生产者、消费者模型): main →
 * child, child → main and child → child, a put that waits on a full queue and a get on an
 * empty one, get_nowait and get(timeout) raising, empty() out of date as soon as it answers,
 * then producers and consumers in child JVMs, stopped by one None per consumer and by a
 * JoinableQueue's task_done and join.
 */
final class IpcRun {
    static final int MAXSIZE = 5; // the seed's Queue(5)
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern GOT = Pattern.compile("got (.+) from pid (\\d+)");
    private static final Pattern MADE = Pattern.compile("made (.+)");
    private static final Pattern ATE = Pattern.compile("ate (.+) \\(put by pid (\\d+)\\)");

    private final Narrator n;
    private final String main = Narrator.ownLabel();
    private final long me = ProcessHandle.current().pid();
    private final Duration getTimeout;
    private final double timeScale;
    private final long seed;
    private final int producers;
    private final int consumers;
    private final int items;
    private final List<IpcReport.Message> messages = new CopyOnWriteArrayList<>();
    private final List<String> made = new CopyOnWriteArrayList<>();
    private final List<String> eaten = new CopyOnWriteArrayList<>();
    private final List<ChildProcess> children = new CopyOnWriteArrayList<>();
    private volatile String done = "nothing yet";

    IpcRun(Narrator n, Duration getTimeout, double timeScale, long seed, int producers, int consumers, int items) {
        this.n = n;
        this.getTimeout = getTimeout;
        this.timeScale = timeScale;
        this.seed = seed;
        this.producers = producers;
        this.consumers = consumers;
        this.items = items;
    }

    String soFar() {
        return done + "; " + messages.size() + " messages crossed";
    }

    IpcReport run() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("concdemo-ipc");
        try (QueueOwner owner = new QueueOwner(dir.resolve("queue.sock"), MAXSIZE);
                QueueClient q = new QueueClient(owner.socket())) {
            say("q = Queue(%d): its buffer lives in this process, served over the Unix-domain socket %s"
                    .formatted(MAXSIZE, owner.socket().getFileName()));
            return steps(owner.socket(), q, dir);
        } finally {
            children.forEach(ChildProcess::close);
            Files.deleteIfExists(dir.resolve("queue.sock"));
            Files.deleteIfExists(dir.resolve("joinable.sock"));
            Files.deleteIfExists(dir);
        }
    }

    private IpcReport steps(Path socket, QueueClient q, Path dir) throws IOException, InterruptedException {
        String path = socket.toString();

        step("1");
        for (String item : List.of("111", "222", "333", "444", "555")) {
            q.put(item);
            say("q.put(%s)".formatted(item));
        }
        say("q.full() → " + py(q.full()));
        long[] putWait = new long[1];
        Thread sixth = Thread.ofPlatform().name("put-666").start(() -> {
            long start = System.nanoTime();
            try {
                q.put("666");
            } catch (IOException e) {
                return; // the run is ending
            }
            putWait[0] = System.nanoTime() - start;
            n.event(main, "q.put(666) returned (on another thread of ours): there was room again");
        });
        Thread.sleep(Duration.ofMillis(100));
        say("q.put(666) is still waiting after 100 ms: the queue is full");
        ChildProcess getter = start(IpcPrograms.Getter.class, path, "6");
        await(getter);
        sixth.join();
        done = "step 1";

        step("2");
        boolean nowaitRaised = false;
        try {
            q.getNowait();
        } catch (QueueClient.Empty e) {
            nowaitRaised = true;
            say("q.get_nowait() → raised queue.Empty at once");
        }
        long timeoutStart = System.nanoTime();
        double timeoutMs = -1;
        try {
            q.get(getTimeout);
        } catch (QueueClient.Empty e) {
            timeoutMs = (System.nanoTime() - timeoutStart) / 1e6;
            say("q.get(timeout=%s) → raised queue.Empty after %.0f ms".formatted(seconds(getTimeout), timeoutMs));
        }
        ChildProcess putter = start(IpcPrograms.Putter.class, path, "777", "888", "999");
        long getStart = System.nanoTime();
        Reply.Item firstItem = q.get();
        double getWaitMs = (System.nanoTime() - getStart) / 1e6;
        received(
                firstItem,
                "q.get() → %s from pid %d, after waiting %.0f ms for it"
                        .formatted(firstItem.value(), firstItem.from(), getWaitMs));
        received(q.get(), null);
        received(q.get(), null);
        await(putter);
        done = "steps 1 and 2";

        step("3");
        ChildProcess second = start(IpcPrograms.Getter.class, path, "3");
        ChildProcess first = start(IpcPrograms.Putter.class, path, "aaa", "bbb", "ccc");
        await(first);
        await(second);
        done = "steps 1 to 3";

        step("4");
        boolean emptySaid = q.empty();
        say("q.empty() → " + py(emptySaid));
        ChildProcess late = start(IpcPrograms.Putter.class, path, "late");
        await(late);
        String thenGot;
        try {
            Reply.Item item = q.getNowait();
            thenGot = item.value();
            received(
                    item,
                    "q.get_nowait() → %s from pid %d: empty()'s True was out of date"
                            .formatted(item.value(), item.from()));
        } catch (QueueClient.Empty e) {
            thenGot = null;
            say("q.get_nowait() → raised queue.Empty");
        }
        done = "steps 1 to 4";

        List<IpcReport.Round> rounds = new ArrayList<>();
        step("5");
        rounds.add(produceAndConsume(socket, q, false));
        done = "steps 1 to 5";
        step("6");
        try (QueueOwner joinable = new QueueOwner(dir.resolve("joinable.sock"), Integer.MAX_VALUE);
                QueueClient jq = new QueueClient(joinable.socket())) {
            rounds.add(produceAndConsume(joinable.socket(), jq, true));
        }
        done = "all six steps";
        return new IpcReport(
                me,
                "a Unix-domain socket (java.nio, JDK 16+) from each process to the queue's owner",
                MAXSIZE,
                List.copyOf(messages),
                putWait[0] / 1e6,
                nowaitRaised,
                round(timeoutMs),
                round(getWaitMs),
                emptySaid,
                thenGot,
                rounds);
    }

    private IpcReport.Round produceAndConsume(Path socket, QueueClient q, boolean joinable)
            throws IOException, InterruptedException {
        made.clear();
        eaten.clear();
        long start = System.nanoTime();
        String path = socket.toString();
        String scale = Double.toString(timeScale);
        List<ChildProcess> eaters = new ArrayList<>();
        for (int i = 0; i < consumers; i++) {
            eaters.add(start(
                    IpcPrograms.Consumer.class,
                    path,
                    joinable ? "joinable" : "pills",
                    scale,
                    Long.toString(seed + 100 + i)));
        }
        List<ChildProcess> makers = new ArrayList<>();
        for (int i = 0; i < producers; i++) {
            makers.add(
                    start(IpcPrograms.Producer.class, path, Integer.toString(items), scale, Long.toString(seed + i)));
        }
        for (ChildProcess p : makers) {
            await(p);
        }
        say("the producers have ended (p.join())");
        if (joinable) {
            q.join();
            say("q.join() returned: every item put was taken and task_done()");
            for (ChildProcess c : eaters) {
                c.terminate(); // the seed's consumers are daemons: they end with main
            }
            say("the consumers, daemons, end with main (terminated)");
            for (ChildProcess c : eaters) {
                c.waitFor(WAIT);
            }
        } else {
            for (int i = 0; i < consumers; i++) {
                q.put(IpcPrograms.NONE);
            }
            say("q.put(None) × %d: one per consumer".formatted(consumers));
            for (ChildProcess c : eaters) {
                await(c);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        eaten.forEach(item -> counts.merge(item, 1, Integer::sum));
        int duplicates = (int) counts.values().stream().filter(c -> c > 1).count();
        int missing =
                (int) made.stream().filter(item -> !counts.containsKey(item)).count();
        boolean once = duplicates == 0 && missing == 0 && made.size() == producers * items;
        say("%d made, %d eaten, %d eaten twice, %d never: %s"
                .formatted(
                        made.size(),
                        eaten.size(),
                        duplicates,
                        missing,
                        once ? "every item exactly once" : "NOT exactly once"));
        return new IpcReport.Round(
                joinable ? "JoinableQueue.join" : "None per consumer",
                makers.stream().map(ChildProcess::pid).toList(),
                eaters.stream().map(ChildProcess::pid).toList(),
                made.size(),
                eaten.size(),
                duplicates,
                missing,
                once,
                round((System.nanoTime() - start) / 1e6));
    }

    private ChildProcess start(Class<? extends ChildProgram> program, String... args) throws IOException {
        ChildProcess child = ChildProcess.start(
                program.getSimpleName().toLowerCase(Locale.ROOT), program, List.of(args), this::line);
        children.add(child);
        return child;
    }

    private void await(ChildProcess child) throws InterruptedException {
        child.joinFailure(WAIT).ifPresent(failure -> {
            throw new ScenarioFailure("pid %d %s".formatted(child.pid(), failure));
        });
    }

    private void line(long pid, String text) {
        Matcher got = GOT.matcher(text);
        if (got.matches()) {
            messages.add(new IpcReport.Message(got.group(1), Long.parseLong(got.group(2)), pid));
        }
        Matcher m = MADE.matcher(text);
        if (m.matches()) {
            made.add(m.group(1));
        }
        Matcher ate = ATE.matcher(text);
        if (ate.matches()) {
            eaten.add(ate.group(1));
            messages.add(new IpcReport.Message(ate.group(1), Long.parseLong(ate.group(2)), pid));
        }
        n.processEvent(pid, text);
    }

    private void received(Reply.Item item, String text) {
        messages.add(new IpcReport.Message(item.value(), item.from(), me));
        say(text != null ? text : "q.get() → %s from pid %d".formatted(item.value(), item.from()));
    }

    private static String py(boolean b) {
        return b ? "True" : "False";
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9)
                .replaceAll("0+$", "")
                .replaceAll("\\.$", "");
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private void say(String text) {
        n.event(main, text);
    }

    private void step(String key, Object... args) {
        n.step(IpcRun.class, key, args);
    }
}
