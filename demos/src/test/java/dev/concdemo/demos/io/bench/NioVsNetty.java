package dev.concdemo.demos.io.bench;

import dev.concdemo.demos.io.fib.FibService;
import dev.concdemo.demos.io.fib.client.LoadRun;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.demos.io.fib.server.NettyServerTask;
import dev.concdemo.demos.io.fib.server.ServerTask;
import dev.concdemo.support.proc.ChildJvm;
import dev.concdemo.support.proc.ChildTask;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark (not a test; run by bench/nio-vs-netty.sh): our nio model against a Netty 4.2
 * NIO server with the same parsing, each in its own child JVM, alternating round by round
 * so that the machine's noise falls on both. fib(1) as fast as possible over 1 and over 8
 * connections. Prints every round, then medians and the nio ÷ Netty ratios.
 */
public final class NioVsNetty {
    private NioVsNetty() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Duration window = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 3);
        List<double[]> nio = new ArrayList<>();
        List<double[]> netty = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            nio.add(measure(ServerTask.class, window));
            netty.add(measure(NettyServerTask.class, window));
            System.out.printf(
                    Locale.ROOT,
                    "round %d: nio %.0f / %.0f req/s, netty %.0f / %.0f req/s (1 / 8 connections)%n",
                    round,
                    nio.getLast()[0],
                    nio.getLast()[1],
                    netty.getLast()[0],
                    netty.getLast()[1]);
        }
        for (int c = 0; c < 2; c++) {
            double ours = median(nio, c);
            double theirs = median(netty, c);
            System.out.printf(
                    Locale.ROOT,
                    "%d connection%s: nio median %.0f req/s, netty median %.0f req/s, nio / netty = %.3f%n",
                    c == 0 ? 1 : 8,
                    c == 0 ? "" : "s",
                    ours,
                    theirs,
                    ours / theirs);
        }
    }

    private static double[] measure(Class<? extends ChildTask<?, ?>> task, Duration window) throws Exception {
        try (ChildJvm server = ChildJvm.start("nvn-server", task)) {
            int port = server.ask(
                            new ServerTask.Start(
                                    Model.NIO, FibService.DEFAULT_MAX_N, 1, 0, dev.concdemo.demos.io.fib.Service.FIB),
                            ServerTask.Started.class)
                    .port();
            LoadRun.run("127.0.0.1", port, 8, 1, null, Duration.ofSeconds(1), s -> {}); // JIT warm-up, both sides
            LoadRun.Result one = LoadRun.run("127.0.0.1", port, 1, 1, null, window, s -> {});
            LoadRun.Result eight = LoadRun.run("127.0.0.1", port, 8, 1, null, window, s -> {});
            if (one.wrong() + eight.wrong() + one.errors() + eight.errors() > 0) {
                throw new IllegalStateException(task.getSimpleName() + " gave wrong answers or errors");
            }
            return new double[] {one.requests() / (one.nanos() / 1e9), eight.requests() / (eight.nanos() / 1e9)};
        }
    }

    private static double median(List<double[]> runs, int column) {
        double[] values = runs.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return values.length % 2 == 1
                ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }
}
