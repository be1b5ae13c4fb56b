package dev.concdemo.demos.jvm.reorder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The jcstress-like harness: two long-lived named threads run every experiment in turn, batch
 * by batch. Actor 1's thread prepares a batch of fresh fields; both meet; each runs its side
 * over the whole batch; both meet again; actor 1's thread counts the batch's outcomes. Actor 2's
 * thread waits at the next meeting meanwhile.
 */
final class Harness {
    static final String ACTOR1 = "reorder-1";
    static final String ACTOR2 = "reorder-2";

    /** Told on actor 1's thread after each batch is counted. */
    interface Progress {
        void counted(int experiment, long trialsDone, long[] counts);
    }

    private final List<Experiment> experiments;
    private final long trials; // per experiment
    private final int batch;
    private final Rendezvous rendezvous = new Rendezvous();

    Harness(List<Experiment> experiments, long trials, int batch) {
        this.experiments = experiments;
        this.trials = trials;
        this.batch = batch;
    }

    /** Runs them all; returns each experiment's counts per outcome. Interrupted: stops and joins both threads. */
    List<long[]> run(Progress progress) throws InterruptedException {
        List<long[]> counts = new ArrayList<>();
        for (Experiment e : experiments) {
            counts.add(new long[e.outcomes().size()]);
        }
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread one = start(ACTOR1, failed, () -> actor(true, counts, progress));
        Thread two = start(ACTOR2, failed, () -> actor(false, counts, progress));
        try {
            one.join();
            two.join();
        } catch (InterruptedException cancelled) {
            rendezvous.stop();
            one.join(); // each side of a batch is bounded: both end
            two.join();
            throw cancelled;
        }
        if (failed.get() != null) {
            throw new IllegalStateException("an actor failed", failed.get());
        }
        return counts; // both threads joined: their writes are visible
    }

    private Thread start(String name, AtomicReference<Throwable> failed, Runnable body) {
        return Thread.ofPlatform().name(name).start(() -> {
            try {
                body.run();
            } catch (Throwable t) {
                failed.compareAndSet(null, t);
                rendezvous.stop(); // the other actor must not wait for this one
            }
        });
    }

    /** One actor's whole life: every experiment, every batch. */
    private void actor(boolean first, List<long[]> counts, Progress progress) {
        int meeting = 0;
        for (int x = 0; x < experiments.size(); x++) {
            Experiment e = experiments.get(x);
            for (long done = 0; done < trials; ) {
                int n = (int) Math.min(batch, trials - done);
                if (first) {
                    e.fresh(n);
                }
                // Meet twice: the thread that arrives last at the first meeting goes on at once, while the
                // other may have yielded its core; the second meeting waits until that one runs again.
                if (!rendezvous.meet(++meeting) || !rendezvous.meet(++meeting)) {
                    return;
                }
                if (first) {
                    e.actor1();
                } else {
                    e.actor2();
                }
                if (!rendezvous.meet(++meeting)) {
                    return;
                }
                done += n;
                if (first) {
                    e.tally(counts.get(x));
                    progress.counted(x, done, counts.get(x));
                }
            }
        }
    }
}
