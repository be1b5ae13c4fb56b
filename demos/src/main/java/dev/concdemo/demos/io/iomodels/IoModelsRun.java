package dev.concdemo.demos.io.iomodels;

import dev.concdemo.support.term.Narrator;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The seed's five IO models in its order (002, 五种IO模型), each shown on real sockets, then
 * its comparison table filled with what was measured: for a read, which of the two phases
 * (waiting for the data, copying it from the kernel) held the caller, and for how long.
 */
final class IoModelsRun {
    private final Narrator n;
    private final double timeScale;
    private final RandomGenerator random;
    private final List<Integer> socketCounts;
    private final long descriptorLimit;
    private volatile String done = "nothing yet";

    IoModelsRun(
            Narrator n, double timeScale, RandomGenerator random, List<Integer> socketCounts, long descriptorLimit) {
        this.n = n;
        this.timeScale = timeScale;
        this.random = random;
        this.socketCounts = socketCounts;
        this.descriptorLimit = descriptorLimit;
    }

    String soFar() {
        return done;
    }

    IoModelsReport run() throws IOException, InterruptedException {
        step("1");
        Blocking.Result blocking = Blocking.run(n, sec(2), random);
        done = "step 1";

        step("2");
        NonBlocking.Result nonBlocking = NonBlocking.run(n, max(sec(1), Duration.ofMillis(200)), sec(2), random);
        done = "steps 1-2";

        step("3");
        Multiplexing.Result multiplexing = Multiplexing.run(n, 5, 2_000);
        n.event(
                "main",
                "one select over N idle sockets, poll and then epoll, each in a child JVM"
                        + " (the selector provider is JVM-wide)");
        Map<String, Map<Integer, Double>> select = SelectCost.measure(n, socketCounts);
        n.sayPlain("");
        IoModelsTables.selectCosts(select, socketCounts).forEach(n::sayPlain);
        done = "steps 1-3";

        step("4");
        SignalDriven.Result signal = SignalDriven.run(n);
        if (!signal.worked()) {
            n.event("main", "not shown here: " + signal.why());
        }
        done = "steps 1-4";

        step("5");
        AsyncRead.Result async = AsyncRead.run(n, sec(0.5));
        done = "all five";

        step("6");
        n.sayPlain("");
        IoModelsTables.phases(blocking, nonBlocking, multiplexing, signal, async)
                .forEach(n::sayPlain);
        return new IoModelsReport(
                blocking, nonBlocking, multiplexing, select, socketCounts, descriptorLimit, signal, async);
    }

    private Duration sec(double seedSeconds) {
        return Duration.ofNanos(Math.round(seedSeconds * timeScale * 1e9));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static String fixed(double v, int decimals) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private void step(String key, Object... args) {
        n.step(IoModelsRun.class, key, args);
    }
}
