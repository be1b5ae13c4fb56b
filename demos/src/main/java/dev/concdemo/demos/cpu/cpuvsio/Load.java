package dev.concdemo.demos.cpu.cpuvsio;

import dev.concdemo.support.work.Fib;
import java.time.Duration;

/**
 * The two kinds of task (seed 004): CPU-bound, computing the whole time (naive fib), and
 * IO-bound, waiting the whole time (a sleep standing for a network round trip).
 */
sealed interface Load permits Load.Cpu, Load.Io {
    void runOnce() throws InterruptedException;

    /** The request a child JVM's {@link LoadTask} understands. */
    String request();

    record Cpu(int n) implements Load {
        @Override
        public void runOnce() {
            Fib.fib(n);
        }

        @Override
        public String request() {
            return "cpu " + n;
        }
    }

    record Io(Duration pause) implements Load {
        @Override
        public void runOnce() throws InterruptedException {
            Thread.sleep(pause);
        }

        @Override
        public String request() {
            return "io " + pause.toNanos();
        }
    }

    static Load parse(String request) {
        String[] parts = request.split(" ");
        return switch (parts[0]) {
            case "cpu" -> new Cpu(Integer.parseInt(parts[1]));
            case "io" -> new Io(Duration.ofNanos(Long.parseLong(parts[1])));
            default -> throw new IllegalArgumentException("unknown load: " + request);
        };
    }
}
