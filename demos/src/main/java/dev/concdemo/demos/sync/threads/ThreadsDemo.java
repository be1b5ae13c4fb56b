package dev.concdemo.demos.sync.threads;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CommonOptions;
import dev.concdemo.support.cli.Json;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The seed's thread basics (001, 开启线程的两种方式 … 守护线程), step by step: a thread from a
 * target and from a subclass overriding run, join, memory shared between threads, the
 * active count and names, and a daemon thread that dies with the program.
 *
 * <p>Try: {@code concdemo threads --time-scale 0.5}.
 */
@Scenario(chapter = Chapter.THREADS, seed = "001 线程")
@Command(
        name = "threads",
        mixinStandardHelpOptions = true,
        description = {
            "Two ways to start a thread, join, shared memory, activeCount, a daemon thread.",
            "",
            "The seed's examples in order. Who prints first, the new thread or main, is whatever happened (it is a race); "
                    + "the daemon thread is still asleep when the scenario ends, so its 'is over' never appears.",
            ""
        },
        footerHeading = "%nExample:%n",
        footer = "  concdemo threads --time-scale 0.5")
public final class ThreadsDemo implements Callable<Integer> {
    /** The seed's time.sleep(1) in task, before --time-scale. */
    static final Duration SEED_SLEEP = Duration.ofSeconds(1);

    @Mixin
    private CommonOptions common;

    @Mixin
    private TimeScaleOption time;

    @Spec
    private CommandSpec spec;

    private final Session session;

    public ThreadsDemo(Session session) {
        this.session = session;
    }

    private Narrator n;
    private final Map<String, List<String>> lines = new LinkedHashMap<>();
    private List<String> current;
    private volatile int money;

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

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = session.out();
        n = session.narrator(common, 5);
        n.say("@|bold threads|@ (seed 001 线程)");

        step("1. Thread(target=task, args=('egon',)).start(); print('主')");
        Thread t = new Thread(() -> task("egon"), "egon");
        t.start();
        print("main", "主");
        t.join(); // (not in the seed: keeps the steps apart)

        step("2. class MyThread(Thread) overriding run(); start(); print('主')");
        Thread mine = new MyThread("egon");
        mine.start();
        print("main", "主");
        mine.join();

        step("3. start(); join(); print('主'): main waits for the thread");
        Thread joined = new Thread(() -> task("egon"), "egon");
        joined.start();
        joined.join();
        print("main", "主");

        step("4. money = 100; a thread sets money = 666");
        money = 100;
        Thread setter = new Thread(() -> {
            money = 666;
            print(Thread.currentThread().getName(), "money = " + money);
        }, "Thread-1");
        setter.start();
        print("main", "money = %d (before join: a race with the thread)".formatted(money));
        setter.join();
        int seen = money;
        print("main", "money = %d (after join)".formatted(seen));

        step("5. active_count() and current_thread().name");
        int[] active = new int[1];
        Thread counter = new Thread(() -> {
            active[0] = Thread.activeCount();
            print(Thread.currentThread().getName(), "hello world, active threads: %d, my name: %s".formatted(active[0],
                    Thread.currentThread().getName()));
        }, "Thread-2");
        counter.start();
        print("main", "主");
        counter.join();

        step("6. t.daemon = True; start(); print('主'), then the program ends");
        Thread daemon = new Thread(() -> task("egon"), "egon");
        daemon.setDaemon(true);
        daemon.start();
        for (int i = 0; i < 1000 && daemon.getState() != Thread.State.TIMED_WAITING; i++) {
            Thread.sleep(1); // let it say "is running" and fall asleep, as the seed's output shows
        }
        print("main", "主");
        boolean daemonAlive = daemon.isAlive();
        n.close(); // the program is over: the daemon's "is over" has nowhere to go, as when the JVM exits
        Map<String, List<String>> printed = copy(); // taken now: anything the daemon adds later was never printed

        ThreadsReport report = new ThreadsReport("threads", printed, seen, active[0], daemonAlive);
        if (common.json()) {
            Json.print(out, report);
        } else {
            Narrator summary = session.narrator(common, 0);
            summary.sayPlain("");
            summary.sayPlain("""
                    A thread starts with start() and runs its target (1) or its overridden run() (2); join() waits
                    for it (3). Threads share their process's memory: main saw the thread's money = %d (4).
                    Thread.activeCount() counted %d live threads in main's thread group, as active_count() does (5).
                    The daemon thread was still asleep when main finished (6): the JVM does not wait for daemon
                    threads, so on exit it dies and "egon is over" is never printed. A non-daemon thread would be
                    waited for.""".formatted(seen, active[0]));
        }
        return ExitCode.OK;
    }

    /** The seed's task: "is running", sleep 1 s, "is over". */
    private void task(String name) {
        print(Thread.currentThread().getName(), name + " is running");
        try {
            Thread.sleep(time.scaled(SEED_SLEEP));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        print(Thread.currentThread().getName(), name + " is over");
    }

    private void step(String title) {
        n.sayPlain("");
        n.say("@|bold " + title + "|@");
        current = Collections.synchronizedList(new ArrayList<>());
        lines.put(title, current);
    }

    private void print(String who, String text) {
        current.add(text);
        n.event(who, text);
    }

    private Map<String, List<String>> copy() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        lines.forEach((k, v) -> {
            synchronized (v) {
                copy.put(k, List.copyOf(v));
            }
        });
        return copy;
    }
}
