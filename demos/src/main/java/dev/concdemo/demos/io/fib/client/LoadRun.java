package dev.concdemo.demos.io.fib.client;

import dev.concdemo.support.work.Fib;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Load on a fib server, as seed 003's perf clients make it: {@code connections} connections
 * each asking fib(n) again as soon as the last answer arrives, and optionally a hog, one more
 * connection asking a large fib in a loop. Every round trip is recorded (HdrHistogram) and
 * every answer checked; once a second the count of that second is handed on.
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

    private LoadRun() {}

    /** How long after the end a connection may still wait for its last answer before it is cut off. */
    private static final long JOIN_GRACE_NANOS = 10_000_000_000L;

    private static void quietlyClose(FibConnection c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** One request and the answer it must get: what each measured connection sends again and again. */
    public record Ask(String line, String expected, String label, Integer n) {
        /** fib(n), as a line. */
        public static Ask fib(int n) {
            return new Ask(n + "\n", Long.toString(Fib.fib(n)), "fib(" + n + ")", n);
        }

        /** The seeds' echo client's text, as a line; it comes back upper-cased. */
        public static Ask upper(String text) {
            byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            dev.concdemo.demos.io.fib.Service.upper(bytes, 0, bytes.length);
            return new Ask(
                    text + "\n", new String(bytes, java.nio.charset.StandardCharsets.UTF_8), "'" + text + "'", null);
        }
    }

    public static Result run(
            String host, int port, int connections, int n, Integer hogN, Duration duration, LongConsumer eachSecond)
            throws IOException, InterruptedException {
        return run(host, port, connections, n, hogN, duration, eachSecond, roundTrip -> {});
    }

    /**
     * As above; {@code eachRoundTrip} is also handed every measured round trip (nanoseconds),
     * on the connection's own thread, after it was recorded and before the next request.
     */
    public static Result run(
            String host,
            int port,
            int connections,
            int n,
            Integer hogN,
            Duration duration,
            LongConsumer eachSecond,
            LongConsumer eachRoundTrip)
            throws IOException, InterruptedException {
        return run(host, port, connections, Ask.fib(n), false, hogN, duration, eachSecond, eachRoundTrip);
    }

    /**
     * The general form: each measured connection sends {@code ask} again and again; with
     * {@code connectPerRequest} each request opens a connection of its own and closes it (no
     * connection reuse: what seed 002's 连接池 saves), and its round trip includes the connect.
     */
    public static Result run(
            String host,
            int port,
            int connections,
            Ask ask,
            boolean connectPerRequest,
            Integer hogN,
            Duration duration,
            LongConsumer eachSecond,
            LongConsumer eachRoundTrip)
            throws IOException, InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        AtomicLong hogRequests = new AtomicLong();
        AtomicLong thisSecond = new AtomicLong();
        String expected = ask.expected();
        List<FibConnection> open = new ArrayList<>(); // the hog's
        List<LineChannel> lines = new ArrayList<>(); // the measured connections, closed at the end too
        List<Thread> threads = new ArrayList<>();
        List<Long> firsts = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong fastestLater = new AtomicLong(Long.MAX_VALUE);
        try {
            for (int i = 0; i < (connectPerRequest ? 0 : connections); i++) {
                lines.add(new LineChannel(host, port));
            }
            if (hogN != null) {
                open.add(new FibConnection(host, port));
            }
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            byte[] request = ask.line().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] answerExpected = (expected + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (int i = 0; i < connections; i++) {
                LineChannel c = connectPerRequest ? null : lines.get(i);
                threads.add(Thread.ofPlatform().name("bench-conn-" + (i + 1)).start(() -> {
                    boolean first = true;
                    try {
                        for (long t0 = System.nanoTime(); t0 < end; ) {
                            LineChannel.Answer answer;
                            if (c != null) {
                                answer = c.exchange(request, answerExpected);
                            } else {
                                try (LineChannel once = new LineChannel(host, port)) {
                                    answer = once.exchange(request, answerExpected); // connect, ask, close: no reuse
                                }
                            }
                            long t1 = System.nanoTime();
                            long roundTrip = t1 - t0;
                            t0 = t1;
                            recorder.recordValue(roundTrip);
                            requests.incrementAndGet();
                            if (first) {
                                firsts.add(roundTrip);
                                first = false;
                            } else {
                                fastestLater.accumulateAndGet(roundTrip, Math::min);
                            }
                            thisSecond.incrementAndGet();
                            switch (answer) {
                                case CLOSED -> {
                                    errors.incrementAndGet();
                                    return;
                                }
                                case ERROR -> errors.incrementAndGet();
                                case WRONG -> wrong.incrementAndGet();
                                case EXPECTED -> {}
                            }
                            eachRoundTrip.accept(roundTrip);
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } finally {
                        if (c != null) {
                            c.close(); // done: leave now, so a one-at-a-time server serves the next one
                        }
                    }
                }));
            }
            if (hogN != null) {
                FibConnection hog = open.getLast();
                threads.add(Thread.ofPlatform().name("bench-hog").daemon().start(() -> {
                    try {
                        while (System.nanoTime() < end) {
                            hog.ask(hogN);
                            if (System.nanoTime() <= end) { // an answer after the window was not shared with it
                                hogRequests.incrementAndGet();
                            }
                        }
                    } catch (IOException e) {
                        // the run is over
                    }
                }));
            }
            List<Long> perSecond = new ArrayList<>();
            for (long tick = start + 1_000_000_000L; tick <= end; tick += 1_000_000_000L) {
                Thread.sleep(Duration.ofNanos(Math.max(0, tick - System.nanoTime())));
                long count = thisSecond.getAndSet(0);
                perSecond.add(count);
                eachSecond.accept(count);
            }
            long joinDeadline = end + JOIN_GRACE_NANOS; // a request sent just before the end may take a while
            for (Thread t : threads) {
                if (!t.getName().equals("bench-hog")) {
                    t.join(Duration.ofNanos(Math.max(1, joinDeadline - System.nanoTime())));
                }
            }
            long nanos = System.nanoTime() - start;
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
        } finally {
            open.forEach(LoadRun::quietlyClose); // also ends the hog, blocked on a long answer
            lines.forEach(LineChannel::close);
            for (Thread t : threads) {
                t.interrupt();
            }
        }
    }
}
