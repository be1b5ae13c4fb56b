package dev.concdemo.demos.io.c10k;

import dev.concdemo.demos.io.fib.server.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How long a c10k run takes, from rates measured here (2 vCPUs, the other one busy): a
 * model's JVM and warm-up ~1.5 s, 0.3 s a step, and the ramp: ~10,000 connections a second
 * accepted by nio, virtual and coroutines, ~2,000 by threads (a thread each, which the
 * machine's pids, threads and maps end first), ~8 by process (a JVM each).
 */
final class C10kEstimate {
    private C10kEstimate() {}

    static Duration of(List<Model> models, List<Integer> steps, int clientsAtMost) {
        long threadsAtMost = Math.min(
                Math.min(sysctl("kernel/pid_max"), sysctl("kernel/threads-max")), sysctl("vm/max_map_count") / 2);
        long millis = 0;
        for (Model m : models) {
            long reach = Math.min(Math.min(steps.getLast(), clientsAtMost), m.servesAtMost());
            double rate = 10_000;
            if (m == Model.THREADS || m == Model.PROCS) {
                reach = Math.min(reach, threadsAtMost);
                rate = 2_000;
            } else if (m == Model.PROCESS) {
                rate = 8;
            }
            millis += 1_500 + 300L * steps.size() + (long) (1_000 * reach / rate);
        }
        return Duration.ofMillis(millis);
    }

    /** A kernel setting under /proc/sys; no limit where it cannot be read. */
    private static long sysctl(String name) {
        try {
            return Long.parseLong(
                    Files.readAllLines(Path.of("/proc/sys", name)).getFirst().strip());
        } catch (IOException | RuntimeException unreadable) {
            return Long.MAX_VALUE;
        }
    }
}
