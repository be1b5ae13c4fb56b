package dev.concdemo.app;

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
