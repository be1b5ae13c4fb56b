package dev.concdemo.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
            topic("units", "spawn", "isolation", "threads", "greenlet", "vthreads"),
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
                    "tickets --lock"),
            topic("producer-consumer", "prodcons", "queue", "condition", "ipc"),
            topic("io-models", "iomodels", "serve --model nonblocking"),
            topic("multiplexing", "iomodels", "serve --model nio", "c10k"),
            topic("server-designs", "compare", "c10k", "serve --model process"),
            topic("multiprogramming", "multiprog"),
            topic("scheduling", "sched --algo all", "sched --algo mlfq --verbose", "sched --real"),
            topic("process-states", "states", "sched --algo rr"),
            topic("zombie-orphan-daemon", "zombie", "orphan", "daemon", "threads"));

    /** Other words a person may type for a topic: a scenario's name, a term of the topic. */
    static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("parallelism", "concurrency"),
            Map.entry("sync", "sync-async"),
            Map.entry("async", "sync-async"),
            Map.entry("blocking", "sync-async"),
            Map.entry("process", "units"),
            Map.entry("thread", "units"),
            Map.entry("coroutine", "units"),
            Map.entry("coroutines", "units"),
            Map.entry("cpu-bound", "cpu-vs-io"),
            Map.entry("io-bound", "cpu-vs-io"),
            Map.entry("garbage", "gc"),
            Map.entry("lock", "locks"),
            Map.entry("deadlock", "locks"),
            Map.entry("mutex", "locks"),
            Map.entry("prodcons", "producer-consumer"),
            Map.entry("queue", "producer-consumer"),
            Map.entry("iomodels", "io-models"),
            Map.entry("select", "multiplexing"),
            Map.entry("poll", "multiplexing"),
            Map.entry("epoll", "multiplexing"),
            Map.entry("servers", "server-designs"),
            Map.entry("c10k", "server-designs"),
            Map.entry("multiprog", "multiprogramming"),
            Map.entry("sched", "scheduling"),
            Map.entry("states", "process-states"),
            Map.entry("zombie", "zombie-orphan-daemon"),
            Map.entry("orphan", "zombie-orphan-daemon"),
            Map.entry("daemon", "zombie-orphan-daemon"));

    /** The topic {@code typed} names, by its name or an alias; null for none. */
    static String resolve(String typed) {
        return ALL.containsKey(typed) ? typed : ALIASES.get(typed);
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
