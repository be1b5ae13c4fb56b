package dev.concdemo.demos.io.c10k;

import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;

/**
 * Why a c10k model stopped, named from what was observed (the server's uncaught error, its
 * descriptors, maps and threads against the kernel's limits, or this process's own failure);
 * and, for a model this process's descriptors stopped, which limit it would meet next.
 */
final class C10kStops {
    private C10kStops() {}

    /**
     * Threads (each takes a pid) the machine keeps free: a model with a thread a connection is
     * stopped this far short of kernel.pid_max or kernel.threads-max, for at the limit every
     * process on the machine, this one and the build's among them, fails to start a thread.
     */
    static final long SPARE_THREADS = 2_000;

    /** A stop if the machine's threads are within {@link #SPARE_THREADS} of its limit; else null. */
    static Stop pidsToSpare(long machineThreads, long pidMax, long threadsMax) {
        long limit = Math.min(pidMax, threadsMax);
        if (machineThreads < 0 || machineThreads + SPARE_THREADS < limit) {
            return null;
        }
        String name = pidMax <= threadsMax ? "kernel.pid_max" : "kernel.threads-max";
        return new Stop(
                "machineThreads", x -> x.format("stop.machineThreads", machineThreads, name, limit, SPARE_THREADS));
    }

    /** Threads on the whole machine: /proc/loadavg's fourth field is running/total scheduling entities; -1 where unknown. */
    static long machineThreads() {
        try {
            String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/loadavg"))
                    .getFirst()
                    .strip()
                    .split(" ");
            return Long.parseLong(f[3].substring(f[3].indexOf('/') + 1));
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /** A stop: its kind (one word, for --json and tests) and what was observed. */
    record Stop(String kind, Said said) {
        /** What was observed, in the language of {@code texts}, on one line. */
        String why(Texts texts) {
            return Width.join(said.in(texts)); // the texts' line breaks are for the source, not the terminal
        }
    }

    /** A sentence that can be said in either language: the live lines are English, the summary the run's. */
    @FunctionalInterface
    interface Said {
        String in(Texts texts);
    }

    /** What a server that stopped accepting at {@code open} connections ran into, from its diagnosis. */
    static Stop named(C10kServer.Diagnosis d, long open) {
        if (d.failure() != null && d.failure().contains("OutOfMemoryError")) {
            double maps = (double) d.maps() / d.maxMapCount();
            double threads = (double) d.machineThreads() / d.threadsMax();
            double pids = (double) d.machineThreads() / d.pidMax();
            double most = Math.max(maps, Math.max(threads, pids));
            Said nearest = x -> most < 0.9
                    ? x.format("nearestNone")
                    : x.format(
                            "nearest",
                            most == maps ? "vm.max_map_count" : most == pids ? "kernel.pid_max" : "kernel.threads-max",
                            Math.round(most * 100));
            return new Stop(
                    "thread",
                    x -> x.format(
                            "stop.thread",
                            d.failure(),
                            d.maps(),
                            d.maxMapCount(),
                            d.machineThreads(),
                            d.threadsMax(),
                            d.pidMax(),
                            d.availableKb() / 1024,
                            nearest.in(x)));
        }
        if (d.failure() != null) {
            return new Stop("failure", x -> x.format("stop.failure", d.failure()));
        }
        if (d.descriptors() >= d.descriptorLimit() - 5) {
            return new Stop(
                    "serverDescriptors", x -> x.format("stop.serverDescriptors", d.descriptors(), d.descriptorLimit()));
        }
        return new Stop(
                "stalled",
                x -> x.format(
                        "stop.stalled",
                        open,
                        C10kRun.STALL_NANOS / 1_000_000_000L,
                        d.open(),
                        d.descriptors(),
                        d.descriptorLimit(),
                        d.maps(),
                        d.maxMapCount()));
    }

    /**
     * Where a model stopped by this process's descriptors would stop next, at the rate measured:
     * its memory maps, the machine's threads (each takes a pid) and its RSS per connection, against
     * vm.max_map_count, kernel.threads-max or kernel.pid_max, and the memory available. A
     * projection from this run's figures, not a stop observed; null where nothing grew.
     */
    static C10kReport.ModelSteps withNextLimit(
            Texts t,
            C10kReport.ModelSteps m,
            C10kServer.Diagnosis before,
            C10kServer.Diagnosis after,
            C10kReport.Step top) {
        int held = top.connections();
        if (held <= 0) {
            return m;
        }
        String name = null;
        double at = Double.MAX_VALUE;
        String rate = null;
        double maps = (double) (after.maps() - before.maps()) / held;
        if (maps >= 0.5 && after.maxMapCount() > 0) {
            at = held + (after.maxMapCount() - after.maps()) / maps;
            name = t.format("next.maps", after.maxMapCount());
            rate = t.format("rate.maps", maps);
        }
        double threads = (double) (after.machineThreads() - before.machineThreads()) / held;
        long threadLimit = Math.min(after.threadsMax(), after.pidMax());
        if (threads >= 0.5 && threadLimit > 0) {
            double here = held + (threadLimit - after.machineThreads()) / threads;
            if (here < at) {
                at = here;
                name = t.format(after.pidMax() <= after.threadsMax() ? "next.pids" : "next.threads", threadLimit);
                rate = t.format("rate.threads", threads);
            }
        }
        double descriptors = (double) (after.descriptors() - before.descriptors()) / held;
        if (descriptors >= 0.5 && after.nrOpen() > 0) {
            double here = held + (after.nrOpen() - after.descriptors()) / descriptors;
            if (here < at) {
                at = here;
                name = t.format("next.nrOpen", after.nrOpen());
                rate = t.format("rate.descriptors", descriptors);
            }
        }
        Double rss = top.rssKbPerConnection();
        if (rss != null && rss > 0 && after.availableKb() > 0) {
            double here = held + after.availableKb() / rss;
            if (here < at) {
                at = here;
                name = t.format("next.memory", after.availableKb() / 1024);
                rate = t.format("rate.memory", rss);
            }
        }
        if (name == null) {
            return m;
        }
        long near = (long) Math.floor(at / 1_000) * 1_000;
        return new C10kReport.ModelSteps(
                m.model(),
                m.steps(),
                m.stoppedAt(),
                m.stopKind(),
                m.why(),
                m.heapNoiseKb(),
                m.rssNoiseKb(),
                Width.join(t.format("next", rate, name, near)),
                near);
    }
}
