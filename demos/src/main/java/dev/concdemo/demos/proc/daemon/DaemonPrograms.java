package dev.concdemo.demos.proc.daemon;

import dev.concdemo.support.proc.ChildProcess;
import dev.concdemo.support.proc.ChildProgram;
import dev.concdemo.support.proc.Inbox;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** The processes below {@code concdemo daemon}: a main program with children, and their task. */
public final class DaemonPrograms {
    private DaemonPrograms() {}

    /** The task: "egon is running", sleep {@code args[0]} ms, "egon is over". */
    public static final class Task implements ChildProgram {
        @Override
        public int run(List<String> args, Inbox in, PrintStream out) throws InterruptedException {
            out.println("egon is running");
            Thread.sleep(Duration.ofMillis(Long.parseLong(args.getFirst())));
            out.println("egon is over");
            return 0;
        }
    }

    /**
     * A main program: starts one child that is not a daemon, running {@link Task} with
     * {@code args[0]}, and one daemon child sleeping far longer (60 s); once both run, prints 主
     * and ends. What happens next is
     * multiprocessing's exit, done by ChildMain: the daemon is terminated, the other waited
     * for. With {@code args[1]} "stay", it does not end but sleeps (at most 20 s), to be killed.
     */
    public static final class Main implements ChildProgram {
        /** The daemon's sleep: far beyond the run, which ends it long before. */
        static final Duration DAEMON_SLEEP = Duration.ofSeconds(60);

        @Override
        public int run(List<String> args, Inbox in, PrintStream out) throws Exception {
            boolean stay = args.size() > 1 && args.get(1).equals("stay");
            CountDownLatch running = new CountDownLatch(stay ? 1 : 2);
            ChildProcess.Output relay = ChildProcess.relay(out);
            ChildProcess.Output watch = (pid, text) -> {
                relay.line(pid, text);
                if (text.endsWith("is running")) {
                    running.countDown();
                }
            };
            if (stay) {
                ChildProcess daemon = ChildProcess.of("daemon", Task.class, args.subList(0, 1))
                        .daemon(true)
                        .start(watch);
                out.println("p.daemon = True; p.start() → pid " + daemon.pid() + "; now waiting to be killed");
                running.await();
                out.println("ready");
                Thread.sleep(Duration.ofSeconds(20));
                return 0;
            }
            // The non-daemon first, the daemon last, sleeping far longer than the run (but not
            // for ever, should it be left behind): 主 comes while the daemon is still asleep,
            // however late either JVM starts (a busy machine).
            ChildProcess worker =
                    ChildProcess.of("worker", Task.class, args.subList(0, 1)).start(watch);
            long daemonSleep = Math.max(DAEMON_SLEEP.toMillis(), 2 * Long.parseLong(args.getFirst()));
            ChildProcess daemon = ChildProcess.of("daemon", Task.class, List.of(Long.toString(daemonSleep)))
                    .daemon(true)
                    .start(watch);
            out.println("daemon pid %d (p.daemon = True), non-daemon pid %d".formatted(daemon.pid(), worker.pid()));
            running.await();
            out.println("主");
            return 0;
        }
    }
}
