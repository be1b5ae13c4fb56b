package dev.concdemo.demos.io.fib.client;

import dev.concdemo.support.cli.Swallowed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Load on a fib server, as seed 003's perf clients make it ({@link Load}): measured
 * connections each asking again as soon as the last answer arrives, and optionally a hog,
 * one more connection asking a large fib in a loop. Every round trip is recorded
 * (HdrHistogram) and every answer checked; once a second the count of that second is handed on.
 */
public final class LoadRun {
    /**
     * What the load measured.
     *
     * @param latency round trips of the measured connections, in nanoseconds
     * @param perSecond requests answered in each whole second
     * @param hogRequests answers the hog got within the window (0 without a hog): a one-at-a-time
     *     server answers it only once the measured connections have left, which is not sharing
     * @param firstRoundTrips each measured connection's first round trip, in nanoseconds, in the
     *     order they came: a server that must start something for a new connection (a child JVM)
     *     shows it here
     * @param fastestLater the fastest round trip after a connection's first, in nanoseconds; 0
     *     when no connection got a second answer
     */
    public record Result(
            long requests,
            long errors,
            long wrong,
            long nanos,
            Histogram latency,
            List<Long> perSecond,
            long hogRequests,
            List<Long> firstRoundTrips,
            long fastestLater) {}

    /** A measured connection's thread: named for the connection it drives. */
    public static String connectionName(int i) {
        return "bench-conn-" + i;
    }

    /** The hog's thread. */
    public static final String HOG = "bench-hog";

    /** How long after the end a connection may still wait for its last answer before it is cut off. */
    private static final Duration JOIN_GRACE = Duration.ofSeconds(10);

    private final Load load;
    private final LongConsumer eachSecond;
    private final LongConsumer eachRoundTrip;
    private final byte[] request;
    private final byte[] answerExpected;

    private final Recorder recorder = new Recorder(3);
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong wrong = new AtomicLong();
    private final AtomicLong hogRequests = new AtomicLong();
    private final AtomicLong thisSecond = new AtomicLong();
    private final AtomicLong fastestLater = new AtomicLong(Long.MAX_VALUE);
    private final List<Long> firsts = Collections.synchronizedList(new ArrayList<>());

    private final List<LineChannel> lines = new ArrayList<>(); // the measured connections, closed at the end too
    private final List<Thread> measured = new ArrayList<>();
    private FibConnection hogConnection; // null without a hog
    private Thread hog; // null without a hog: not joined, its answer may take long after the window

    private LoadRun(Load load, LongConsumer eachSecond, LongConsumer eachRoundTrip) {
        this.load = load;
        this.eachSecond = eachSecond;
        this.eachRoundTrip = eachRoundTrip;
        this.request = load.ask().line().getBytes(StandardCharsets.UTF_8);
        this.answerExpected = (load.ask().expected() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Puts {@code load} on the server and reports what it measured. */
    public static Result run(Load load) throws IOException, InterruptedException {
        return run(load, second -> {}, roundTrip -> {});
    }

    /**
     * As above; {@code eachSecond} is handed each whole second's count, and {@code eachRoundTrip}
     * every measured round trip (nanoseconds), on the connection's own thread, after it was
     * recorded and before the next request.
     */
    public static Result run(Load load, LongConsumer eachSecond, LongConsumer eachRoundTrip)
            throws IOException, InterruptedException {
        return new LoadRun(load, eachSecond, eachRoundTrip).run();
    }

    private Result run() throws IOException, InterruptedException {
        try {
            connect();
            long start = System.nanoTime();
            long end = start + load.duration().toNanos();
            for (int i = 0; i < load.connections(); i++) {
                LineChannel c = load.connectPerRequest() ? null : lines.get(i);
                measured.add(Thread.ofPlatform().name(connectionName(i + 1)).start(() -> drive(c, end)));
            }
            if (hogConnection != null) {
                hog = Thread.ofPlatform().name(HOG).daemon().start(() -> hog(end));
            }
            List<Long> perSecond = countSeconds(start, end);
            joinMeasured(end);
            return result(System.nanoTime() - start, perSecond);
        } finally {
            close();
        }
    }

    private void connect() throws IOException {
        for (int i = 0; i < (load.connectPerRequest() ? 0 : load.connections()); i++) {
            lines.add(new LineChannel(load.host(), load.port()));
        }
        if (load.hogN() != null) {
            hogConnection = new FibConnection(load.host(), load.port());
        }
    }

    /** A measured connection: asks until the end; {@code c} null opens a connection per request. */
    private void drive(LineChannel c, long end) {
        boolean first = true;
        try {
            for (long t0 = System.nanoTime(); t0 < end; ) {
                LineChannel.Answer answer = c != null ? c.exchange(request, answerExpected) : exchangeOnce();
                long t1 = System.nanoTime();
                long roundTrip = t1 - t0;
                t0 = t1;
                record(roundTrip, first);
                first = false;
                if (answer == LineChannel.Answer.CLOSED) {
                    errors.incrementAndGet();
                    return;
                }
                count(answer);
                eachRoundTrip.accept(roundTrip);
            }
        } catch (IOException e) {
            errors.incrementAndGet();
        } finally {
            if (c != null) {
                c.close(); // done: leave now, so a one-at-a-time server serves the next one
            }
        }
    }

    /** Connect, ask, close: no reuse. */
    private LineChannel.Answer exchangeOnce() throws IOException {
        try (LineChannel once = new LineChannel(load.host(), load.port())) {
            return once.exchange(request, answerExpected);
        }
    }

    private void record(long roundTrip, boolean first) {
        recorder.recordValue(roundTrip);
        requests.incrementAndGet();
        if (first) {
            firsts.add(roundTrip);
        } else {
            fastestLater.accumulateAndGet(roundTrip, Math::min);
        }
        thisSecond.incrementAndGet();
    }

    private void count(LineChannel.Answer answer) {
        switch (answer) {
            case ERROR, CLOSED -> errors.incrementAndGet();
            case WRONG -> wrong.incrementAndGet();
            case EXPECTED -> {}
        }
    }

    /** The hog: asks its large fib until the end; only answers within the window count. */
    private void hog(long end) {
        try {
            while (System.nanoTime() < end) {
                hogConnection.ask(load.hogN());
                if (System.nanoTime() <= end) { // an answer after the window was not shared with it
                    hogRequests.incrementAndGet();
                }
            }
        } catch (IOException closedAtTheEnd) {
            Swallowed.report("the hog's request, its connection closed as the load ended", closedAtTheEnd);
        }
    }

    private List<Long> countSeconds(long start, long end) throws InterruptedException {
        List<Long> perSecond = new ArrayList<>();
        for (long tick = start + 1_000_000_000L; tick <= end; tick += 1_000_000_000L) {
            Thread.sleep(Duration.ofNanos(Math.max(0, tick - System.nanoTime())));
            long count = thisSecond.getAndSet(0);
            perSecond.add(count);
            eachSecond.accept(count);
        }
        return perSecond;
    }

    /** The measured connections; a request sent just before the end may take a while. */
    private void joinMeasured(long end) throws InterruptedException {
        long joinDeadline = end + JOIN_GRACE.toNanos();
        for (Thread t : measured) {
            t.join(Duration.ofNanos(Math.max(1, joinDeadline - System.nanoTime())));
        }
    }

    private Result result(long nanos, List<Long> perSecond) {
        List<Long> firstRoundTrips;
        synchronized (firsts) { // a connection cut off at the deadline may still be adding
            firstRoundTrips = List.copyOf(firsts);
        }
        return new Result(
                requests.get(),
                errors.get(),
                wrong.get(),
                nanos,
                recorder.getIntervalHistogram(),
                perSecond,
                hogRequests.get(),
                firstRoundTrips,
                fastestLater.get() == Long.MAX_VALUE ? 0 : fastestLater.get());
    }

    private void close() {
        if (hogConnection != null) {
            try {
                hogConnection.close(); // also ends the hog, blocked on a long answer
            } catch (IOException e) {
                Swallowed.report("closing the hog's connection", e);
            }
        }
        lines.forEach(LineChannel::close);
        measured.forEach(Thread::interrupt);
        if (hog != null) {
            hog.interrupt();
        }
    }
}
