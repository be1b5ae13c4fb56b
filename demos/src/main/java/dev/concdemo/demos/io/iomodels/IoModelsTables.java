package dev.concdemo.demos.io.iomodels;

import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.work.Percentiles;
import java.util.List;
import java.util.Map;

/** The run's two tables: what one select costs over idle sockets, and the seed's comparison of a read's phases. */
final class IoModelsTables {
    private IoModelsTables() {}

    /** Per count of idle sockets: one selectNow under poll and under epoll, µs, and their ratio. */
    static List<String> selectCosts(Map<String, Map<Integer, Double>> select, List<Integer> socketCounts) {
        Texts t = Texts.of(IoModelsTables.class);
        Table costs = new Table(
                t.format("cost.sockets"), t.format("cost.poll"), t.format("cost.epoll"), t.format("cost.ratio"));
        for (int count : socketCounts) {
            double poll = select.get("poll").getOrDefault(count, Double.NaN);
            double epoll = select.get("epoll").getOrDefault(count, Double.NaN);
            costs.row(
                    "%,d".formatted(count),
                    IoModelsRun.fixed(poll, 2),
                    IoModelsRun.fixed(epoll, 2),
                    epoll > 0 ? IoModelsRun.fixed(poll / epoll, 1) + "x" : "-");
        }
        return costs.lines("  ");
    }

    /** For each model, which phase of a read held the caller, and for how long (the seed's table, measured). */
    static List<String> phases(
            Blocking.Result blocking,
            NonBlocking.Result nonBlocking,
            Multiplexing.Result multiplexing,
            SignalDriven.Result signal,
            AsyncRead.Result async) {
        Texts t = Texts.of(IoModelsTables.class);
        Table phases = new Table(t.format("phase.model"), t.format("phase.waiting"), t.format("phase.copying"));
        phases.row(
                t.format("phase.blocking"),
                t.format("phase.blocking.waiting", blocking.readMs()),
                t.format("phase.blocking.copying"));
        phases.row(
                t.format("phase.nonBlocking"),
                t.format("phase.nonBlocking.waiting", nonBlocking.emptyPolls()),
                t.format("phase.nonBlocking.copying"));
        phases.row(
                t.format("phase.multiplexing"),
                t.format("phase.multiplexing.waiting"),
                t.format(
                        "phase.multiplexing.copying",
                        IoModelsRun.fixed(Percentiles.median(multiplexing.selectMicros()), 1)));
        phases.row(
                t.format("phase.signal"),
                signal.worked() ? t.format("phase.signal.waiting", signal.signalMicros()) : "-",
                signal.worked() ? t.format("phase.signal.copying", signal.readMicros()) : "-");
        phases.row(
                t.format("phase.async"),
                t.format("phase.async.waiting", async.returnedMicros()),
                t.format("phase.async.copying", async.handlerThread()));
        return phases.lines("  ");
    }
}
