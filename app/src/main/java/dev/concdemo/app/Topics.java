package dev.concdemo.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The topics {@code concdemo explain} knows, in the order a course would take them, each with
 * the commands that show it. The prose is in resource files, one per topic and language
 * ({@code explain/NAME.en.txt}, {@code explain/NAME.zh.txt}); ExplainTest checks that every
 * topic has both and that every command here parses.
 */
final class Topics {
    private Topics() {}

    /** One topic: its name (what is typed) and the command lines that show it, without "concdemo". */
    record Topic(String name, List<String> commands) {}

    static final Map<String, Topic> ALL = ordered(
            topic("concurrency", "multiprog", "primes --procs 2", "cpu-vs-io"),
            topic("sync-async", "iomodels", "crawl", "asyncio --time-scale 0.2"),
            topic("units", "spawn", "isolation", "threads", "yield", "greenlet", "vthreads"),
            topic("cpu-vs-io", "cpu-vs-io", "primes --procs 1,2", "pool"),
            topic("gil", "gil", "race", "primes --threads 2"),
            topic("gc", "gil", "collections"),
            topic(
                    "locks",
                    "race",
                    "race --variant lock",
                    "deadlock",
                    "deadlock --fix order",
                    "rlock",
                    "tickets --lock",
                    "semaphore",
                    "event --time-scale 0.2",
                    "barrier",
                    "latch",
                    "phaser",
                    "interleave ticket --explore",
                    "interleave abba --schedule 1,2",
                    "rwlock",
                    "atomics"),
            topic("memory-model", "visibility", "reorder", "interleave ticket --explore"),
            topic("producer-consumer", "prodcons", "queue", "condition", "ipc"),
            topic("io-models", "iomodels", "serve --model nonblocking"),
            topic("multiplexing", "iomodels", "serve --model nio", "c10k"),
            topic("server-designs", "compare", "c10k", "serve --model process", "bench rps", "client"),
            topic("multiprogramming", "multiprog"),
            topic("scheduling", "sched --algo all", "sched --algo mlfq --verbose", "sched --real"),
            topic("process-states", "states", "sched --algo rr"),
            topic("zombie-orphan-daemon", "zombie", "orphan", "daemon", "threads"),
            topic("futures", "futures", "futures --time-scale 0.5", "forkjoin", "asyncio --time-scale 0.2", "pool"),
            topic("structured", "structured", "pinning", "vthreads"));

    /**
     * The words of each topic a person may type instead of its name, in English and in the
     * seed notes' Chinese: its concepts' names and the notes' section terms. Every scenario's
     * name finds a topic too: the first topic that runs it, unless it is a term ({@link #ALIASES}).
     */
    static final Map<String, List<String>> TERMS = Map.ofEntries(
            Map.entry("concurrency", List.of("parallelism", "parallel", "concurrent", "并发", "并行", "并发与并行")),
            Map.entry(
                    "sync-async",
                    List.of(
                            "sync",
                            "async",
                            "synchronous",
                            "asynchronous",
                            "blocking",
                            "non-blocking",
                            "callback",
                            "同步",
                            "异步",
                            "阻塞",
                            "非阻塞",
                            "同步与异步",
                            "回调")),
            Map.entry(
                    "units",
                    List.of(
                            "process",
                            "processes",
                            "thread",
                            "threads",
                            "coroutine",
                            "coroutines",
                            "generator",
                            "gevent",
                            "virtual thread",
                            "进程",
                            "线程",
                            "协程",
                            "生成器",
                            "开启进程",
                            "开启线程",
                            "虚拟线程")),
            Map.entry(
                    "cpu-vs-io",
                    List.of(
                            "cpu-bound",
                            "io-bound",
                            "process pool",
                            "thread pool",
                            "executor",
                            "计算密集型",
                            "io 密集型",
                            "进程池",
                            "线程池",
                            "进程池与线程池",
                            "应用场景")),
            Map.entry("gil", List.of("global interpreter lock", "全局解释器锁", "解释器锁")),
            Map.entry(
                    "gc",
                    List.of(
                            "garbage",
                            "garbage collection",
                            "reference counting",
                            "refcount",
                            "mark and sweep",
                            "mark-sweep",
                            "generations",
                            "垃圾回收",
                            "垃圾回收机制",
                            "引用计数",
                            "标记清除",
                            "分代回收")),
            Map.entry(
                    "memory-model",
                    List.of("memory model", "jmm", "volatile", "happens-before", "内存模型", "可见性", "内存可见性")),
            Map.entry(
                    "locks",
                    List.of(
                            "lock",
                            "mutex",
                            "reentrant lock",
                            "recursive lock",
                            "critical section",
                            "锁",
                            "互斥锁",
                            "线程互斥锁",
                            "递归锁",
                            "死锁",
                            "死锁与递归锁",
                            "信号量",
                            "事件",
                            "临界区")),
            Map.entry(
                    "producer-consumer",
                    List.of("producer", "consumer", "pipe", "ipc", "生产者消费者", "生产者消费者模型", "队列", "管道", "进程间通信", "条件")),
            Map.entry(
                    "io-models",
                    List.of(
                            "io model",
                            "blocking io",
                            "non-blocking io",
                            "signal-driven io",
                            "asynchronous io",
                            "io 模型",
                            "网络 io 模型",
                            "阻塞 io",
                            "非阻塞 io",
                            "信号驱动",
                            "异步 io")),
            Map.entry(
                    "multiplexing",
                    List.of(
                            "select",
                            "poll",
                            "epoll",
                            "selector",
                            "selectors",
                            "kqueue",
                            "event loop",
                            "多路复用",
                            "io 多路复用",
                            "事件循环")),
            Map.entry(
                    "server-designs",
                    List.of("server", "servers", "c10k", "fib server", "thread per connection", "服务器", "并发服务器")),
            Map.entry("multiprogramming", List.of("多道技术", "多道程序", "空间上的复用", "时间上的复用")),
            Map.entry(
                    "scheduling",
                    List.of(
                            "scheduler",
                            "fcfs",
                            "sjf",
                            "srtf",
                            "round robin",
                            "mlfq",
                            "time slice",
                            "调度",
                            "进程调度",
                            "先来先服务",
                            "短作业优先",
                            "时间片",
                            "时间片轮转",
                            "多级反馈队列")),
            Map.entry("process-states", List.of("ready", "running", "blocked", "进程状态", "三状态", "就绪", "运行", "进程执行的三状态")),
            Map.entry("zombie-orphan-daemon", List.of("daemon thread", "僵尸进程", "孤儿进程", "守护进程", "守护线程")),
            Map.entry(
                    "futures",
                    List.of(
                            "future",
                            "promise",
                            "completablefuture",
                            "completable future",
                            "fork/join",
                            "work stealing",
                            "common pool",
                            "期物",
                            "异步结果",
                            "工作窃取",
                            "公共池")),
            Map.entry(
                    "structured",
                    List.of(
                            "structured concurrency",
                            "StructuredTaskScope",
                            "scoped value",
                            "ScopedValue",
                            "ThreadLocal",
                            "TaskGroup",
                            "contextvars",
                            "结构化并发",
                            "作用域值")));

    /**
     * Every word that finds a topic other than its name, as typed (lower case): the terms, and
     * each scenario's name, which finds the first topic that runs it.
     */
    static final Map<String, String> ALIASES = aliases();

    /** The topic {@code typed} names, by its name or an alias; null for none. Case, spaces, - and _ do not matter. */
    static String resolve(String typed) {
        return BY_KEY.get(key(typed));
    }

    private static final Map<String, String> BY_KEY = byKey();

    /** What is compared: lower case, without spaces, hyphens or underscores ("Round Robin" is "roundrobin"). */
    static String key(String typed) {
        return typed.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }

    private static Map<String, String> aliases() {
        Map<String, String> aliases = new LinkedHashMap<>();
        TERMS.forEach((topic, terms) -> terms.forEach(term -> aliases.put(term, topic)));
        Set<String> keys = new HashSet<>();
        aliases.keySet().forEach(term -> keys.add(key(term)));
        ALL.keySet().forEach(name -> keys.add(key(name)));
        for (Topic topic : ALL.values()) { // a name or term wins: iomodels finds io-models
            for (String command : topic.commands()) {
                String scenario = command.split(" ")[0];
                if (keys.add(key(scenario))) {
                    aliases.put(scenario, topic.name());
                }
            }
        }
        ALL.keySet().forEach(aliases::remove);
        return Map.copyOf(aliases);
    }

    private static Map<String, String> byKey() {
        Map<String, String> byKey = new HashMap<>();
        ALL.keySet().forEach(name -> byKey.put(key(name), name));
        ALIASES.forEach((alias, topic) -> {
            String before = byKey.putIfAbsent(key(alias), topic);
            if (before != null && !before.equals(topic)) {
                throw new IllegalStateException("'" + alias + "' would find both " + before + " and " + topic);
            }
        });
        return Map.copyOf(byKey);
    }

    /** The topics whose name or an alias is close to {@code typed}, at most three. */
    static List<String> close(String typed) {
        List<String> words = new ArrayList<>(ALL.keySet());
        words.addAll(ALIASES.keySet());
        return Suggestions.close(typed, words).stream()
                .map(Topics::resolve)
                .distinct()
                .limit(3)
                .toList();
    }

    private static Topic topic(String name, String... commands) {
        return new Topic(name, List.of(commands));
    }

    private static Map<String, Topic> ordered(Topic... topics) {
        Map<String, Topic> map = new LinkedHashMap<>();
        for (Topic t : topics) {
            map.put(t.name(), t);
        }
        return map;
    }

    /** For picocli's completion of the topic (bash and the shell). */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ALL.keySet().iterator();
        }
    }
}
