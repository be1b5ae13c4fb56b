package dev.concdemo.demos.coro.vthreads;

import dev.concdemo.support.proc.ChildProgram;
import dev.concdemo.support.proc.Inbox;
import dev.concdemo.support.proc.ToParent;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What runs in a child JVM whose virtual-thread scheduler has exactly one carrier
 * ({@link dev.concdemo.support.work.VirtualThreads#ONE_CARRIER}: the scheduler is JVM-wide,
 * so this cannot be done in ours). Modes: {@code sleep F1 F2} (the seed's func1/func2, patched
 * then unpatched), {@code hog MS}, {@code count TIMES}. Results go to the parent as
 * {@link OneCarrierSays} messages.
 */
public final class OneCarrier implements ChildProgram {
    @Override
    public int run(List<String> args, Inbox in, PrintStream out) throws Exception {
        switch (args.getFirst()) {
            case "sleep" -> {
                Duration f1 = Duration.ofMillis(Long.parseLong(args.get(1)));
                Duration f2 = Duration.ofMillis(Long.parseLong(args.get(2)));
                for (Gevent.Sleep how : Gevent.Sleep.values()) {
                    out.println(
                            how == Gevent.Sleep.PATCHED
                                    ? "patched: func1 and func2 sleep with Thread.sleep"
                                    : "unpatched: func1 and func2 sleep in C (usleep), which the scheduler cannot see");
                    long start = System.nanoTime();
                    try (ExecutorService gevent = Executors.newVirtualThreadPerTaskExecutor()) {
                        Future<Integer> g1 = gevent.submit(() -> Gevent.func1(1, 2, f1, how, out::println));
                        Future<String> g2 = gevent.submit(() -> Gevent.func2(f2, how, out::println));
                        g1.get();
                        g2.get();
                    }
                    long took = System.nanoTime() - start;
                    out.println("joinall took %.2f s".formatted(took / 1e9));
                    ToParent.send(out, new OneCarrierSays.Joined(how, took / 1_000_000));
                }
            }
            case "hog" -> {
                double worst = Gevent.starvation(Duration.ofMillis(Long.parseLong(args.get(1))));
                out.println("while a virtual thread computed, the 10 ms ticker woke %.0f ms late at worst"
                        .formatted(worst));
                ToParent.send(out, new OneCarrierSays.Starved(Math.round(worst)));
            }
            case "count" -> {
                int times = Integer.parseInt(args.get(1));
                long n = Gevent.unlockedCount(times);
                out.println("%d rounds of two virtual threads doing n += 1 %,d times each: n = %,d in all"
                        .formatted(Gevent.ROUNDS, times, n));
                ToParent.send(out, new OneCarrierSays.Counted(n));
            }
            default -> throw new IllegalArgumentException("no mode " + args.getFirst());
        }
        return 0;
    }
}
