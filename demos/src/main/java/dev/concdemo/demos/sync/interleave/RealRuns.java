package dev.concdemo.demos.sync.interleave;

import dev.concdemo.support.work.Threads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticket program on real threads, as {@code concdemo race --no-pause} runs it: each of N
 * platform threads reads the shared ticket and writes it back minus one, once. Counted: the
 * runs that lost an update. Then the same with a short sleep between the read and the write,
 * which is what race does by default: the window a thread must be switched out in grows from
 * a few instructions to a sleep, and the scheduler's choices stop mattering.
 */
final class RealRuns {
    static final int RUNS = 1000;
    static final int PAUSED_RUNS = 20;
    static final Duration PAUSE = Duration.ofMillis(1);

    private RealRuns() {}

    /**
     * @param lost runs of {@code runs} (back to back) whose final ticket was not start - threads
     * @param pausedLost the same over {@code pausedRuns} with {@code pauseMs} between read and write
     */
    record Counted(int threads, int runs, int lost, int pausedRuns, int pausedLost, double pauseMs) {}

    static Counted count(int threads) throws InterruptedException {
        int lost = 0;
        for (int i = 0; i < RUNS; i++) {
            lost += once(threads, Duration.ZERO) ? 1 : 0;
        }
        int pausedLost = 0;
        for (int i = 0; i < PAUSED_RUNS; i++) {
            pausedLost += once(threads, PAUSE) ? 1 : 0;
        }
        return new Counted(threads, RUNS, lost, PAUSED_RUNS, pausedLost, PAUSE.toNanos() / 1e6);
    }

    /** One run; true if it lost an update. */
    private static boolean once(int threads, Duration pause) throws InterruptedException {
        Ticket ticket = new Ticket(Ticket.START);
        List<Thread> started = new ArrayList<>(threads);
        for (int t = 1; t <= threads; t++) {
            started.add(Thread.ofPlatform().name("buyer-" + t).start(() -> ticket.buy(pause)));
        }
        Threads.joinAll(started);
        return ticket.value != Ticket.START - threads;
    }

    /** The shared ticket. */
    private static final class Ticket {
        static final int START = 10;
        private volatile int value; // volatile: each read and write is seen, not the pair atomic

        Ticket(int start) {
            value = start;
        }

        void buy(Duration pause) {
            int tmp = value; // tmp = ticket
            if (!pause.isZero()) {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            value = tmp - 1; // BROKEN: ticket = tmp - 1 overwrites a write made meanwhile
        }
    }
}
