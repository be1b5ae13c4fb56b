package dev.concdemo.demos.sync.threads;

import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the seed's six thread steps, told by the narrator; what each step printed is
 * kept for the report. The shared {@code money} is the seed's global: both threads see it.
 */
final class ThreadsRun {
    /** Step 6's daemon sleeps this long: far beyond the run, which ends (and interrupts it) first. */
    private static final Duration DAEMON_SLEEP = Duration.ofMinutes(10);

    /** The seed's name for the thread that runs its task (steps 1, 2, 3 and 6). */
    static final String TASK = "egon";
    /** Step 4's thread, which sets money. */
    static final String SETTER = "Thread-1";
    /** Step 5's thread, which counts the active threads. */
    static final String COUNTER = "Thread-2";

    static final String MAIN = "main";

    /** Every label the run's lines carry. */
    static final List<String> NAMES = List.of(MAIN, TASK, SETTER, COUNTER);

    private final Narrator n;
    private final Duration pause; // the seed's time.sleep(1), scaled
    private final Map<String, List<String>> lines = new LinkedHashMap<>(); // main thread only
    private final Map<String, String> printedFirst = new LinkedHashMap<>(); // step -> "thread" or "main"
    private List<String> current; // the step being run, guarded by this
    private String currentStep; // its number
    private String first; // who printed the step's first line, guarded by this
    private volatile int money;

    ThreadsRun(Narrator n, Duration pause) {
        this.n = n;
        this.pause = pause;
    }

    /** The seed's MyThread: a Thread subclass whose run() is the task. */
    private final class MyThread extends Thread {
        MyThread(String name) {
            super(name);
        }

        @Override
        public void run() {
            task(getName());
        }
    }

    ThreadsReport run() throws InterruptedException {
        step("1");
        Thread t = new Thread(() -> task(TASK), TASK);
        t.start(); // returns at once: the thread is runnable, not yet running
        print(MAIN, "主");
        t.join(); // (not in the seed: keeps the steps apart)
        race();

        step("2");
        Thread mine = new MyThread(TASK);
        mine.start();
        print(MAIN, "主");
        mine.join();
        race();

        step("3");
        Thread joined = new Thread(() -> task(TASK), TASK);
        joined.start();
        joined.join();
        print(MAIN, "主");

        step("4");
        money = 100;
        Thread setter = new Thread(
                () -> {
                    money = 666;
                    print(Thread.currentThread().getName(), "money = " + money);
                },
                SETTER);
        setter.start();
        int before = money; // a race: the thread may or may not have set it yet
        print(
                MAIN,
                "money = %d (read before join, when the thread had %s)"
                        .formatted(before, before == 666 ? "already set it" : "not set it yet"));
        setter.join();
        int seen = money;
        print(MAIN, "money = %d (after join)".formatted(seen));
        race();

        step("5");
        int[] active = new int[1];
        Thread counter = new Thread(
                () -> {
                    active[0] = Thread.activeCount();
                    print(
                            Thread.currentThread().getName(),
                            "hello world, active threads: %d, my name: %s"
                                    .formatted(active[0], Thread.currentThread().getName()));
                },
                COUNTER);
        counter.start();
        print(MAIN, "主");
        counter.join();
        race();

        step("6");
        // The seed's daemon sleeps 1 s and the program ends first. Here its sleep lasts far beyond
        // the run, so "is over" cannot come in before the run ends, however late main gets there.
        Thread daemon = new Thread(() -> task(TASK, DAEMON_SLEEP), TASK);
        daemon.setDaemon(true);
        daemon.start();
        for (int i = 0; i < 1000 && daemon.getState() != Thread.State.TIMED_WAITING; i++) {
            Thread.sleep(1); // let it say "is running" and fall asleep, as the seed's output shows
        }
        print(MAIN, "主");
        boolean daemonAlive = daemon.isAlive();
        n.close(); // the program is over: the daemon's "is over" has nowhere to go, as when the JVM exits
        Map<String, List<String>> printed = copy(); // taken now: anything the daemon adds later was never printed
        // The JVM would end a daemon as it exits; a shell or a test lives on, so end it here.
        daemon.interrupt();

        return new ThreadsReport(printed, new LinkedHashMap<>(printedFirst), before, seen, active[0], daemonAlive);
    }

    /** The seed's task: "is running", sleep 1 s, "is over". */
    private void task(String name) {
        task(name, pause);
    }

    /** The task with its own sleep: the daemon's outlasts the run. */
    private void task(String name, Duration sleep) {
        print(Thread.currentThread().getName(), name + " is running");
        try {
            Thread.sleep(sleep);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        print(Thread.currentThread().getName(), name + " is over");
    }

    /** A numbered step's heading, in the run's language; its English is the step's name in the report. */
    private void step(String key, Object... args) {
        n.step(ThreadsRun.class, key, args);
        String title = Texts.of(ThreadsRun.class, Lang.EN).format("step." + key, args); // the report's name
        synchronized (this) {
            current = new ArrayList<>();
            currentStep = key;
            first = null;
            lines.put(title, current);
        }
    }

    /** The step just run was a race between main and the thread: keep who printed first. */
    private synchronized void race() {
        printedFirst.put(currentStep, first);
    }

    /** One printed line; under the lock, so the kept order is the printed order. */
    private synchronized void print(String who, String text) {
        if (first == null) {
            first = who.equals(MAIN) ? "main" : "thread";
        }
        current.add(text);
        n.event(who, text);
    }

    private Map<String, List<String>> copy() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        synchronized (this) {
            lines.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        }
        return copy;
    }
}
