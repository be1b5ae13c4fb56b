package dev.concdemo.demos.cpu.cpuvsio;

import dev.concdemo.support.work.Fib;
import java.time.Duration;

/**
 * The two kinds of task (note 004): CPU-bound, computing the whole time (naive fib), and
 * IO-bound, waiting the whole time (a sleep standing for a network round trip). A load is
 * also the request a child JVM's {@link LoadTask} runs.
 */
sealed interface Load permits Load.Cpu, Load.Io {
    void runOnce() throws InterruptedException;

    record Cpu(int n) implements Load {
        @Override
        public void runOnce() {
            Fib.fib(n);
        }
    }

    record Io(Duration pause) implements Load {
        @Override
        public void runOnce() throws InterruptedException {
            Thread.sleep(pause);
        }
    }
}
