package dev.concdemo.support.term;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A run's timeline, written with {@code --trace FILE} as Chrome Trace Event JSON, which
 * ui.perfetto.dev and chrome://tracing open: one lane per thread (named, in the order they
 * first did something), one process per child JVM with its real pid. Spans ({@code X}) for
 * what a thread does (waits for a lock, holds it, sleeps, serves a request), instants
 * ({@code i}) for every narrated line, counters ({@code C}) for quantities such as a queue's
 * length. Thread-safe; recording is a queue append. When off (no {@code --trace}) every
 * method returns at once and records nothing.
 */
public final class Trace {
    /** Events kept at most; a run that makes more is cut there, and the file says so. */
    static final int MAX_EVENTS = 1_000_000;

    private static final Trace OFF = new Trace(null);

    private record Event(
            char phase,
            String name,
            long startNanos,
            long durNanos,
            long pid,
            long tid,
            String argName,
            Object argValue) {}

    /** A span being timed; closing it records it. */
    public interface Span extends AutoCloseable {
        @Override
        void close();
    }

    private static final Span NO_SPAN = () -> {};

    private final RunClock clock;
    private final long pid = ProcessHandle.current().pid();
    private final Queue<Event> events = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong nextLane = new AtomicLong();
    private final Map<String, Long> lanes = new ConcurrentHashMap<>(); // thread name -> lane id
    private final Map<Long, String> threadNames = new ConcurrentHashMap<>(); // lane id -> name
    private final Map<Long, Integer> threadOrder = new ConcurrentHashMap<>();
    private final Map<Long, String> processNames = new ConcurrentHashMap<>(); // child pid -> name

    private Trace(RunClock clock) {
        this.clock = clock;
    }

    public static Trace off() {
        return OFF;
    }

    public static Trace on(RunClock clock) {
        return new Trace(clock);
    }

    public boolean enabled() {
        return clock != null;
    }

    /** Starts a span of the current thread, recorded when closed: {@code try (var _ = trace.span("wait A")) {...}}. */
    public Span span(String name) {
        if (!enabled()) {
            return NO_SPAN;
        }
        long start = System.nanoTime();
        Thread thread = Thread.currentThread();
        return () -> add(new Event('X', name, start, System.nanoTime() - start, pid, lane(thread), null, null));
    }

    /** A span of the current thread that has already happened, between two {@link System#nanoTime()} readings. */
    public void span(String name, long startNanos, long endNanos) {
        if (enabled()) {
            add(new Event(
                    'X',
                    name,
                    startNanos,
                    Math.max(0, endNanos - startNanos),
                    pid,
                    lane(Thread.currentThread()),
                    null,
                    null));
        }
    }

    /** A span that has already happened, in the lane of the thread named {@code threadName}. */
    public void laneSpan(String threadName, String name, long startNanos, long endNanos) {
        if (enabled()) {
            add(new Event(
                    'X', name, startNanos, Math.max(0, endNanos - startNanos), pid, lane(threadName), null, null));
        }
    }

    /** A span of a child process, in that process's lane (its real pid). */
    public void processSpan(long childPid, String processName, String name, long startNanos, long endNanos) {
        if (enabled()) {
            processNames.putIfAbsent(childPid, processName);
            add(new Event('X', name, startNanos, Math.max(0, endNanos - startNanos), childPid, childPid, null, null));
        }
    }

    /** Something that happened now, on the current thread (every narrated line is one). */
    public void instant(String name, String label) {
        if (enabled()) {
            add(new Event('i', name, System.nanoTime(), 0, pid, lane(Thread.currentThread()), "who", label));
        }
    }

    /** Something a child process did now, in that process's lane (its real pid). */
    public void processInstant(long childPid, String processName, String name) {
        if (enabled()) {
            processNames.putIfAbsent(childPid, processName);
            add(new Event('i', name, System.nanoTime(), 0, childPid, childPid, "who", processName));
        }
    }

    /** A quantity's value from now on (a queue's length, permits in use). */
    public void counter(String name, long value) {
        if (enabled()) {
            add(new Event('C', name, System.nanoTime(), 0, pid, 0, "value", value));
        }
    }

    /**
     * A thread's lane: one per thread name (threads of the same name, such as each trial's
     * "race-3", take turns in one lane), one per unnamed thread.
     */
    private long lane(Thread thread) {
        return lane(thread.getName().isEmpty() ? "#" + thread.threadId() : thread.getName());
    }

    private long lane(String name) {
        return lanes.computeIfAbsent(name, n -> {
            long tid = nextLane.incrementAndGet();
            threadNames.put(tid, n);
            threadOrder.put(tid, (int) tid);
            return tid;
        });
    }

    private void add(Event event) {
        if (size.incrementAndGet() <= MAX_EVENTS) {
            events.add(event);
        }
    }

    /**
     * The timeline as recorded so far, for the run's page: one lane per thread and per child
     * process, in the order each first did something.
     *
     * @param lanes the lanes' names, in order
     * @param events spans and instants, each in its lane (an index into {@code lanes})
     * @param counters each counter's values in time order, by name, in the order first set
     * @param cut how many events were not kept, past {@link #MAX_EVENTS} (0 for none)
     */
    public record Snapshot(List<String> lanes, List<Recorded> events, Map<String, List<Value>> counters, int cut) {}

    /** A span (phase {@code X}) or an instant ({@code i}), in microseconds since the run began. */
    public record Recorded(char phase, String name, double startMicros, double durMicros, int lane) {}

    /** A counter's value from {@code atMicros} on. */
    public record Value(double atMicros, long value) {}

    /** What has been recorded so far (nothing when off). */
    public Snapshot snapshot() {
        if (!enabled()) {
            return new Snapshot(List.of(), List.of(), Map.of(), 0);
        }
        List<Event> kept = new ArrayList<>(events);
        kept.sort(Comparator.comparingLong(Event::startNanos));
        Map<String, Integer> laneIndex = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        List<Recorded> recorded = new ArrayList<>();
        Map<String, List<Value>> counters = new LinkedHashMap<>();
        for (Event e : kept) {
            if (e.phase() == 'C') {
                counters.computeIfAbsent(e.name(), n -> new ArrayList<>())
                        .add(new Value(clock.microsAt(e.startNanos()), (Long) e.argValue()));
                continue;
            }
            boolean own = e.pid() == pid;
            String key = (own ? "t" : "p") + (own ? e.tid() : e.pid());
            int lane = laneIndex.computeIfAbsent(key, k -> {
                names.add(own ? threadNames.getOrDefault(e.tid(), "#" + e.tid()) : processLane(e.pid()));
                return names.size() - 1;
            });
            recorded.add(new Recorded(e.phase(), e.name(), clock.microsAt(e.startNanos()), e.durNanos() / 1e3, lane));
        }
        return new Snapshot(List.copyOf(names), recorded, counters, Math.max(0, size.get() - MAX_EVENTS));
    }

    /** A child process's lane: its name, with its pid unless the name says it ("pid 12021"). */
    private String processLane(long childPid) {
        String name = processNames.getOrDefault(childPid, "pid " + childPid);
        return name.contains(String.valueOf(childPid)) ? name : name + " (pid " + childPid + ")";
    }

    /** Writes the timeline; the caller says where. */
    public void write(Path file) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("displayTimeUnit", "ms");
            if (size.get() > MAX_EVENTS) {
                g.writeStringField("note", "cut at %d events of %d".formatted(MAX_EVENTS, size.get()));
            }
            g.writeArrayFieldStart("traceEvents");
            metadata(g, "process_name", pid, 0, "concdemo (pid " + pid + ")");
            for (var e : threadNames.entrySet()) {
                metadata(g, "thread_name", pid, e.getKey(), e.getValue());
                metadata(g, "thread_sort_index", pid, e.getKey(), threadOrder.getOrDefault(e.getKey(), 0));
            }
            for (var e : processNames.entrySet()) {
                metadata(g, "process_name", e.getKey(), 0, e.getValue() + " (pid " + e.getKey() + ")");
                metadata(g, "thread_name", e.getKey(), e.getKey(), e.getValue());
            }
            for (Event e : events) {
                g.writeStartObject();
                g.writeStringField("name", e.name());
                g.writeStringField("ph", String.valueOf(e.phase()));
                g.writeNumberField("ts", micros(e.startNanos()));
                if (e.phase() == 'X') {
                    g.writeNumberField("dur", Math.round(e.durNanos() / 10.0) / 100.0);
                }
                if (e.phase() == 'i') {
                    g.writeStringField("s", "t");
                }
                g.writeNumberField("pid", e.pid());
                g.writeNumberField("tid", e.tid());
                if (e.argName() != null) {
                    g.writeObjectFieldStart("args");
                    if (e.phase() == 'C') {
                        g.writeNumberField(e.name(), (Long) e.argValue());
                    } else {
                        g.writeStringField(e.argName(), String.valueOf(e.argValue()));
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** Microseconds since the run began, to 10 ns. */
    private double micros(long nanoTime) {
        return Math.round(clock.microsAt(nanoTime) * 100) / 100.0;
    }

    private static void metadata(JsonGenerator g, String kind, long pid, long tid, Object value) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", kind);
        g.writeStringField("ph", "M");
        g.writeNumberField("pid", pid);
        g.writeNumberField("tid", tid);
        g.writeObjectFieldStart("args");
        if (value instanceof Integer i) {
            g.writeNumberField("sort_index", i);
        } else {
            g.writeStringField("name", String.valueOf(value));
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
