package dev.concdemo.demos.io.iomodels;

import dev.concdemo.support.html.Figure;
import dev.concdemo.support.html.Plot;
import dev.concdemo.support.term.Texts;
import java.util.List;
import java.util.Map;

/**
 * iomodels' figure on its page: what one select costs against the idle sockets registered,
 * under poll and under epoll, on a log axis of sockets (0 sockets, which a log axis cannot
 * show, is said in the caption). None when no count above 0 was measured.
 */
final class IoModelsFigures {
    private IoModelsFigures() {}

    static List<Figure> of(IoModelsReport r) {
        List<Integer> counts = r.socketCounts().stream().filter(c -> c > 0).toList();
        if (counts.isEmpty()) {
            return List.of();
        }
        Texts t = Texts.of(IoModelsFigures.class);
        List<Plot.Series> series = r.selectMicros().entrySet().stream()
                .map(mechanism -> new Plot.Series(
                        mechanism.getKey(),
                        counts.stream()
                                .filter(c -> mechanism.getValue().containsKey(c))
                                .map(c -> new Plot.Point(c, mechanism.getValue().get(c)))
                                .toList(),
                        Plot.Look.LINE))
                .toList();
        int most = counts.getLast();
        Map<Integer, Double> poll = r.selectMicros().get("poll");
        Map<Integer, Double> epoll = r.selectMicros().get("epoll");
        boolean withNone = poll.containsKey(0) && epoll.containsKey(0);
        String caption = t.format(
                withNone ? "figure.select.caption.zero" : "figure.select.caption",
                most,
                poll.get(most),
                poll.get(most) / epoll.get(most),
                epoll.get(most),
                withNone ? poll.get(0) : 0.0,
                withNone ? epoll.get(0) : 0.0);
        return List.of(new Plot(
                t.format("figure.select.title"),
                caption,
                Plot.Axis.log(t.format("figure.select.x"), ""),
                Plot.Axis.linear(t.format("figure.select.y"), "µs"),
                series));
    }
}
