package dev.concdemo.demos.sync.collections;

import dev.concdemo.support.html.Bars;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.term.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * The collections run's page figure: how each collection's trials ended, every trial counted
 * once under its worst outcome: it hung, an add threw, elements were lost, or all were kept.
 */
final class CollectionsFigures {
    private CollectionsFigures() {}

    /** A collection's trials by how they ended, in the order of the figure's categories. */
    record Ended(int kept, int lost, int threw, int hung) {
        /**
         * A trial in which an add threw always lost elements too (the add that threw was never
         * counted in the size, and the thread's later adds never ran), so the trials that threw
         * are among those that lost: counted here once, as threw.
         */
        static Ended of(CollectionsReport.Row row, int trials) {
            return of(trials, row.trialsLost(), row.trialsThrew(), row.trialsHung());
        }

        static Ended of(int trials, int trialsLost, int trialsThrew, int trialsHung) {
            int lostOnly = Math.max(0, trialsLost - trialsThrew);
            return new Ended(trials - trialsHung - trialsThrew - lostOnly, lostOnly, trialsThrew, trialsHung);
        }

        int broken() {
            return lost + threw + hung;
        }

        List<Double> values() {
            return List.of((double) kept, (double) lost, (double) threw, (double) hung);
        }
    }

    /** {@code py}: what CPython measured with --python, or null. */
    static List<Figure> of(CollectionsReport r, CPythonReport py) {
        Texts t = Texts.of(CollectionsFigures.class);
        int unsafeBroken = 0;
        int unsafeTrials = 0;
        int safeBroken = 0;
        int safeTrials = 0;
        List<Bars.Series> series = new ArrayList<>();
        for (CollectionsReport.Row row : r.rows()) {
            Ended ended = Ended.of(row, r.trials());
            series.add(new Bars.Series(row.collection(), ended.values()));
            if (row.threadSafe()) {
                safeBroken += ended.broken();
                safeTrials += r.trials();
            } else {
                unsafeBroken += ended.broken();
                unsafeTrials += r.trials();
            }
        }
        String caption = t.format("figure.caption", unsafeBroken, unsafeTrials, safeBroken, safeTrials);
        if (py != null) {
            int pyBroken = 0;
            for (CPythonReport.Row row : py.rows()) {
                Ended ended = Ended.of(r.trials(), row.trialsLost(), row.trialsThrew(), 0); // CPython's never hang
                series.add(new Bars.Series(t.format("figure.python", row.collection()), ended.values()));
                pyBroken += ended.broken();
            }
            caption += Texts.between()
                    + t.format(
                            "figure.caption.python",
                            pyBroken,
                            r.trials() * py.rows().size());
        }
        return List.of(new Bars(
                t.format("figure.title"),
                caption,
                t.format("figure.trials"),
                "",
                List.of(
                        t.format("figure.kept"),
                        t.format("figure.lost"),
                        t.format("figure.threw"),
                        t.format("figure.hung")),
                series));
    }
}
