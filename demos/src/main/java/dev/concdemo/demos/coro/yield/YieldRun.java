package dev.concdemo.demos.coro.yield;

import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.os.ThreadScheduling;
import dev.concdemo.support.proc.ChildProcess;
import dev.concdemo.support.proc.ToParent;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.work.VirtualThreads;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Seed 002's yield programs (协程前篇): a generator lets one function stop at a yield and
 * another carry on, on one thread (1 2 3 4); handing items to a consumer by send instead of a
 * call only adds the cost of the switch; and a generator does not switch when its body blocks
 * (five items, a 2 s sleep each: 10 s).
 */
final class YieldRun {
    /** The labels of the run's lines: the seed's two functions, then its producer and consumer. */
    static final String FUNC1 = "func1";

    static final String FUNC2 = "func2";

    static final String PRODUCER = "producer";

    static final String CONSUMER = "consumer";

    /** How many items the seed's producers make. */
    static final int ITEMS = 5;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final Narrator n;
    private final Duration consumerSleep;
    private final int items;
    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final Texts texts = Texts.of(YieldRun.class); // made on the run's thread: its language
    private volatile String done = texts.format("soFar.none");

    YieldRun(Narrator n, Duration consumerSleep, int items) {
        this.n = n;
        this.consumerSleep = consumerSleep;
        this.items = items;
    }

    static List<String> labels() {
        return List.of(FUNC1, FUNC2, PRODUCER, CONSUMER);
    }

    String soFar() {
        return done;
    }

    YieldReport run() throws IOException, InterruptedException {
        step("1");
        Generator<Void> gen = new Generator<>(y -> {
            print(FUNC1, "1");
            y.yield_();
            print(FUNC1, "3");
            y.yield_();
        });
        gen.next();
        print(FUNC2, "2");
        gen.next();
        print(FUNC2, "4");
        List<String> first = List.copyOf(printed);
        done = texts.format("soFar.one");

        step("2");
        long plainStart = System.nanoTime();
        List<Integer> list = new ArrayList<>();
        for (int item = 0; item < ITEMS; item++) {
            list.add(item);
        }
        for (int item : list) {
            n.event(CONSUMER, "consume " + item);
        }
        double plainMicros = (System.nanoTime() - plainStart) / 1e3;
        n.event(PRODUCER, "time taken: %.1f µs (a list, then one call)".formatted(plainMicros));
        long sendStart = System.nanoTime();
        Generator<Integer> consumer = new Generator<>(y -> {
            while (true) {
                Integer res = y.yield_();
                n.event(CONSUMER, "consume " + res);
            }
        });
        consumer.next();
        for (int item = 0; item < ITEMS; item++) {
            n.event(PRODUCER, "produce " + item);
            consumer.send(item);
        }
        double sendMicros = (System.nanoTime() - sendStart) / 1e3;
        n.event(PRODUCER, "time taken: %.1f µs (send: one switch an item)".formatted(sendMicros));
        double callNs = HandOffs.call(items);
        double generatorNs = HandOffs.send(items);
        double virtualNs = oneCarrierHandOff(Math.max(1_000, items / 10));
        boolean pinned = ThreadScheduling.canPin();
        double platformNs = HandOffs.pingPong(Thread.ofPlatform(), Math.max(1_000, items / 50), pinned);
        CostTable.lines(callNs, generatorNs, virtualNs, platformNs, pinned).forEach(n::sayPlain);
        done = texts.format("soFar.steps", 2);

        step("3", consumerSleep.toNanos() / 1e9);
        List<Long> producedAt = new ArrayList<>();
        Generator<Integer> sleeper = new Generator<>(y -> {
            while (true) {
                y.yield_();
                try {
                    Thread.sleep(consumerSleep); // blocks the one thread: nothing else runs meanwhile
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        sleeper.next();
        long sleepStart = System.nanoTime();
        for (int item = 0; item < ITEMS; item++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            producedAt.add((System.nanoTime() - sleepStart) / 1_000_000);
            n.event(
                    PRODUCER,
                    "producer at %s produces %d".formatted(LocalTime.now().format(CLOCK), item));
            sleeper.send(item);
        }
        long sleepingMs = (System.nanoTime() - sleepStart) / 1_000_000;
        n.event(PRODUCER, "time taken: %.2f s".formatted(sleepingMs / 1e3));
        done = texts.format("soFar.all", 3);
        return new YieldReport(
                first,
                round(plainMicros),
                round(sendMicros),
                round(callNs),
                round(generatorNs),
                round(virtualNs),
                round(platformNs),
                pinned,
                consumerSleep.toMillis(),
                producedAt,
                sleepingMs);
    }

    /** Two virtual threads taking turns in a child JVM with one carrier: ns a hand-off. */
    private static double oneCarrierHandOff(int count) throws IOException, InterruptedException {
        double[] ns = {-1};
        try (ChildProcess child = ChildProcess.of("handoff", OneCarrierHandOff.class, List.of(Integer.toString(count)))
                .jvmOptions(VirtualThreads.ONE_CARRIER)
                .start((pid, text) -> ToParent.read(text, OneCarrierHandOff.Measured.class)
                        .ifPresent(measured -> ns[0] = measured.nanos()))) {
            child.joinFailure(Duration.ofMinutes(2)).ifPresent(failure -> {
                throw new ScenarioFailure("the one-carrier JVM (pid %d) %s".formatted(child.pid(), failure));
            });
        }
        return ns[0];
    }

    private void print(String who, String text) {
        printed.add(text);
        n.event(who, text);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private void step(String key, Object... args) {
        n.step(YieldRun.class, key, args);
    }
}
