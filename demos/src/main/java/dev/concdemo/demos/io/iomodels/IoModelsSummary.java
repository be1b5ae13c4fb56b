package dev.concdemo.demos.io.iomodels;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import dev.concdemo.support.work.Percentiles;
import java.util.Map;

/** The closing summary of an iomodels run: a sentence per model, each from what it measured. */
final class IoModelsSummary {
    private IoModelsSummary() {}

    static void print(Narrator n, IoModelsReport r) {
        n.sayPlain("");
        n.sayPlain(Width.fill(summary(r)));
    }

    /** Every sentence from this run's figures. */
    private static String summary(IoModelsReport r) {
        Texts t = Texts.of(IoModelsSummary.class);
        StringBuilder out = new StringBuilder();
        NonBlocking.Result nb = r.nonBlocking();
        out.append(t.format("blocking", r.blocking().readMs()));
        out.append(Texts.between())
                .append(t.format(
                        "nonBlocking",
                        nb.acceptReturned(),
                        nb.readReturned(),
                        nb.pollingCpuShare() * 100,
                        nb.selectorCpuShare() * 100,
                        nb.intervalMs(),
                        nb.latenciesMs().stream()
                                .mapToLong(Long::longValue)
                                .max()
                                .orElse(0)));
        Multiplexing.Result m = r.multiplexing();
        double blockingRt = Percentiles.median(m.blockingMicros());
        double selectRt = Percentiles.median(m.selectMicros());
        out.append(Texts.between())
                .append(t.format(
                        "oneConnection",
                        IoModelsRun.fixed(selectRt, 1),
                        IoModelsRun.fixed(blockingRt, 1),
                        t.format(selectRt > 0.95 * blockingRt ? "noFaster" : "faster")));
        Map<Integer, Double> poll = r.selectMicros().get("poll");
        Map<Integer, Double> epoll = r.selectMicros().get("epoll");
        if (r.socketCounts().size() >= 2) {
            int least = r.socketCounts().getFirst();
            int most = r.socketCounts().getLast();
            out.append(Texts.between())
                    .append(t.format(
                            "selectCost",
                            least,
                            IoModelsRun.fixed(poll.get(least), 2),
                            most,
                            IoModelsRun.fixed(poll.get(most), 2),
                            IoModelsRun.fixed(epoll.get(least), 2),
                            IoModelsRun.fixed(epoll.get(most), 2)));
        }
        out.append(Texts.between())
                .append(t.format(
                        "levelTriggered",
                        m.reportsUnread(),
                        t.format(m.reportedAfterPartialRead() ? "still" : "noLonger")));
        SignalDriven.Result s = r.signalDriven();
        out.append(Texts.between())
                .append(
                        s.worked()
                                ? t.format("signal", s.signalMicros(), s.handlerThread(), s.readMicros())
                                : t.format("noSignal", s.why()));
        AsyncRead.Result a = r.asynchronous();
        out.append(Texts.between()).append(t.format("async", a.returnedMicros(), a.handlerMs(), a.handlerThread()));
        return out.toString();
    }
}
