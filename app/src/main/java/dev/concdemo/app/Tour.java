package dev.concdemo.app;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.term.Lang;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The tour: the README's eleven steps ("## The tour"), each a few command lines to run in order
 * and what to look for in them. The one place the steps are written; TourReadmeTest keeps the
 * README's table equal to it, and {@code concdemo tour} runs it ({@link TourCommand}).
 */
final class Tour {
    private Tour() {}

    /**
     * One step: its number, its command lines in order as the README writes them (without
     * "concdemo"; an {@code explain TOPIC} line is an explanation, any other a scenario), what
     * to look for in English and Chinese, and how long it typically takes.
     */
    record Step(int number, List<String> commands, String lookFor, String lookForZh, Typical typical) {
        /** The explanations' topics, in order. */
        List<String> topics() {
            return commands.stream()
                    .filter(Tour::isExplain)
                    .map(c -> c.substring(EXPLAIN.length()))
                    .toList();
        }

        /** The scenarios' command lines, in order. */
        List<String> scenarios() {
            return commands.stream().filter(c -> !isExplain(c)).toList();
        }

        String lookFor(Lang lang) {
            return lang == Lang.ZH ? lookForZh : lookFor;
        }

        /** The catalogue's chapter of its first scenario (the catalogue's own, chapter 0, for explanations alone). */
        Chapter chapter() {
            return scenarios().stream()
                    .map(c -> Registry.SCENARIOS.get(words(c).getFirst()).getAnnotation(Scenario.class))
                    .map(Scenario::chapter)
                    .findFirst()
                    .orElse(Chapter.CATALOGUE);
        }

        /** About how long it runs with its sleeps scaled by the tour's {@code timeScale}. */
        Duration about(double timeScale) {
            return Duration.ofMillis(Math.round(1000 * (typical.fixedSeconds() + typical.sleepSeconds() * timeScale)));
        }
    }

    /**
     * A step's typical duration at the tour's --time-scale 1 (its own flags, such as asyncio's
     * --time-scale 0.2, kept): seconds no scale shortens (JVMs starting, measured workloads) and
     * seconds of the seeds' sleeps, which the scale multiplies.
     */
    record Typical(double fixedSeconds, double sleepSeconds) {}

    static final String EXPLAIN = "explain ";

    // Typical durations: each command timed through ./concdemo at --time-scale 1 and 0.2 (fixed =
    // the part that does not shrink, sleeps = the rest at 1), at commit 28b2ee0, on the 2-core
    // build machine while other builds ran (load ~25): an upper estimate. At 0.2 the whole tour
    // is about 4 min, most of it compare (~85 s) and cpu-vs-io (~65 s), which no scale shortens.
    // On the same machine quiet, at dc821cc, the whole `tour --html book` took 86 s.
    static final List<Step> STEPS = List.of(
            step(1, "the words the rest uses", "后面用到的词", new Typical(0, 0), "explain concurrency", "explain units"),
            step(
                    2,
                    "a process is a new program with memory of its own",
                    "进程是一个新程序，有自己的内存",
                    new Typical(3.9, 0),
                    "spawn",
                    "isolation"),
            step(
                    3,
                    "threads share memory; a read-modify-write loses updates",
                    "线程共享内存；“读—改—写”会丢失更新",
                    new Typical(3.0, 24.3),
                    "threads",
                    "race",
                    "race --variant lock"),
            step(
                    4,
                    "a cycle of waits, found and broken; the order that prevents it",
                    "等待成环，被发现并打破；预防它的加锁顺序",
                    new Typical(3.9, 21.7),
                    "deadlock",
                    "deadlock --fix order",
                    "explain locks"),
            step(
                    5,
                    "a queue between workers; reused workers",
                    "工作者之间的队列；被重复使用的工作者",
                    new Typical(3.8, 8.1),
                    "prodcons",
                    "pool"),
            step(
                    6,
                    "what a GIL would take away, and why the JVM has none",
                    "GIL 会拿走什么，以及 JVM 为什么没有 GIL",
                    new Typical(26.7, 3.1),
                    "explain gil",
                    "gil",
                    "primes --threads 2"),
            step(
                    7,
                    "how many workers each kind of work wants",
                    "每种工作需要多少个工作者",
                    new Typical(57.1, 26.3),
                    "cpu-vs-io",
                    "explain cpu-vs-io"),
            step(
                    8,
                    "switching in user space",
                    "在用户态切换",
                    new Typical(21.4, 19.1),
                    "explain sync-async",
                    "greenlet",
                    "vthreads",
                    "asyncio --time-scale 0.2"),
            step(
                    9,
                    "which phase of a read blocks",
                    "一次读的哪个阶段会阻塞",
                    new Typical(8.8, 12.6),
                    "explain io-models",
                    "iomodels"),
            step(
                    10,
                    "the same service served every way, measured",
                    "同一个服务，每种方式都提供一遍，并加以测量",
                    new Typical(86.4, 0),
                    "compare",
                    "explain server-designs"),
            step(11, "the scheduler underneath", "底层的调度器", new Typical(3.4, 1.4), "sched --algo all", "states"));

    private static Step step(int number, String lookFor, String lookForZh, Typical typical, String... commands) {
        return new Step(number, List.of(commands), lookFor, lookForZh, typical);
    }

    static boolean isExplain(String command) {
        return command.startsWith(EXPLAIN);
    }

    /** A command line's words (the tour's are plain words, no quoting). */
    static List<String> words(String command) {
        return Arrays.asList(command.strip().split("\\s+"));
    }
}
