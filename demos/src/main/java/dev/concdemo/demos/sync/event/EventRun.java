package dev.concdemo.demos.sync.event;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.work.Threads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One run of the seed's Event: check_mysql sets the event after {@code delay}; two conn_mysql
 * threads wait for it {@code every} at a time, {@code tries} times, then give up.
 */
final class EventRun {
    /** The two conn_mysql threads, named as Python names them. */
    static final List<String> WAITERS = List.of("Thread-1", "Thread-2");
    /** The check_mysql thread. */
    static final String CHECKER = "Thread-3";

    private final int delaySeconds;
    private final Duration delay;
    private final Duration every;
    private final int tries;
    private final Narrator n;

    EventRun(int delaySeconds, Duration delay, Duration every, int tries, Narrator n) {
        this.delaySeconds = delaySeconds;
        this.delay = delay;
        this.every = every;
        this.tries = tries;
        this.n = n;
    }

    EventReport run() throws InterruptedException {
        CountDownLatch event = new CountDownLatch(1); // Event(): set() is countDown(), wait(t) is await(t)
        Map<String, EventReport.Waiter> outcomes = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        long start = n.clock().startNanos(); // the run's clock: the summary agrees with the stamps
        for (String name : WAITERS) {
            threads.add(Thread.ofPlatform().name(name).start(() -> outcomes.put(name, connMysql(event, every, n))));
        }
        threads.add(Thread.ofPlatform().name(CHECKER).start(() -> checkMysql(event, delay, n)));
        Threads.joinAll(threads);
        return new EventReport(
                delaySeconds,
                delay.toNanos() / 1e9,
                tries,
                every.toNanos() / 1e9,
                WAITERS.stream().map(outcomes::get).toList(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The seed's conn_mysql: try, wait up to 0.5 s for the event, try again; give up after the tries. */
    private EventReport.Waiter connMysql(CountDownLatch event, Duration every, Narrator n) {
        String me = Thread.currentThread().getName();
        int count = 1;
        try {
            while (event.getCount() > 0) { // while not event.is_set()
                if (count > tries) {
                    n.event(me, Narrator.style("fg_red", "TimeoutError: 链接超时 (connection timed out)"));
                    return new EventReport.Waiter(me, count - 1, false);
                }
                n.event(me, "<%s> attempt %d to connect".formatted(me, count));
                event.await(every.toNanos(), TimeUnit.NANOSECONDS); // event.wait(0.5)
                count++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new EventReport.Waiter(me, count - 1, false);
        }
        n.event(me, Narrator.style("fg_green", "<%s> connected".formatted(me)));
        return new EventReport.Waiter(me, count - 1, true);
    }

    /** The seed's check_mysql: check (sleep 2 to 4 s), then set the event. */
    private static void checkMysql(CountDownLatch event, Duration delay, Narrator n) {
        String me = Thread.currentThread().getName();
        n.event(me, Narrator.style("bg_magenta", "[%s] checking mysql".formatted(me))); // the seed's \033[45m
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        n.event(me, "event.set(): mysql is up"); // told first, so that it comes before what it causes
        event.countDown(); // event.set()
    }
}
