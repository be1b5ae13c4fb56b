package dev.concdemo.demos.proc.zombie;

import dev.concdemo.support.os.ProcStat;
import java.util.List;

/** Our zombies: children of this process whose /proc state is Z. */
final class Zombies {
    private Zombies() {}

    static List<Long> ofOurs() {
        return ProcessHandle.current()
                .children()
                .map(ProcessHandle::pid)
                .filter(pid -> ProcStat.of(pid).map(s -> s.state() == 'Z').orElse(false))
                .toList();
    }

    /** A sampler: counts our zombies every millisecond until stopped; the most it saw. */
    static final class Peak {
        private final Thread sampler;
        private volatile int peak;

        Peak() {
            sampler = Thread.ofPlatform().name("zombie-counter").daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak = Math.max(peak, ofOurs().size());
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        int peak() {
            return peak;
        }

        /** Stops sampling, after one last count; idempotent. */
        void stop() {
            sampler.interrupt();
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            peak = Math.max(peak, ofOurs().size());
        }
    }
}
