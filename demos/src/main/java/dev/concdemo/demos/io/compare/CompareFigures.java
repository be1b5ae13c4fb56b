package dev.concdemo.demos.io.compare;

import dev.concdemo.support.html.Bars;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * compare's figures on its page: each model's requests per second at 1 and at 8 connections,
 * and its heavy requests' p50 and p99, one group of bars per model (CPython's servers too,
 * with --python). A model that answered nothing in a load has no bar there (null), not a bar
 * of 0.
 */
final class CompareFigures {
    private CompareFigures() {}

    /** {@code py}: CPython's servers with --python, else null. */
    static List<Figure> of(CompareReport r, CPythonReport py) {
        List<ModelTrial.Figures> models = py == null
                ? r.models()
                : Stream.concat(r.models().stream(), py.models().stream()).toList();
        if (models.isEmpty()) {
            return List.of();
        }
        return List.of(rates(models), heavy(models));
    }

    /** req/s at 1 connection: null when none was answered (a rate rounds to 0 only then). */
    static Double rate1(ModelTrial.Figures f) {
        return f.rps1() > 0 ? f.rps1() : null;
    }

    /** req/s at 8 connections: null when none of them was answered within the load. */
    static Double rate8(ModelTrial.Figures f) {
        return f.requests8() > 0 ? f.rps8() : null;
    }

    /** A heavy round trip's latency: null when no heavy request was answered (the histogram was empty). */
    private static Double latency(double ms) {
        return ms > 0 ? ms : null;
    }

    private static Bars rates(List<ModelTrial.Figures> models) {
        Texts texts = Texts.of(CompareFigures.class);
        List<String> sentences = new ArrayList<>();
        List<ModelTrial.Figures> served =
                models.stream().filter(f -> rate8(f) != null).toList();
        if (!served.isEmpty()) {
            ModelTrial.Figures most = served.stream()
                    .max(Comparator.comparingDouble(ModelTrial.Figures::rps8))
                    .orElseThrow();
            ModelTrial.Figures least = served.stream()
                    .min(Comparator.comparingDouble(ModelTrial.Figures::rps8))
                    .orElseThrow();
            sentences.add(
                    most == least || least.rps8() >= most.rps8()
                            ? texts.format("figure.rates.one", most.model(), most.rps8())
                            : texts.format(
                                    "figure.rates.caption",
                                    most.model(),
                                    most.rps8(),
                                    most.rps8() / least.rps8(),
                                    least.model(),
                                    least.rps8()));
        }
        List<String> unserved = models.stream()
                .filter(f -> rate1(f) == null || rate8(f) == null)
                .map(ModelTrial.Figures::model)
                .toList();
        if (!unserved.isEmpty()) {
            sentences.add(texts.format("figure.rates.unserved", join(unserved)));
        }
        return new Bars(
                texts.format("figure.rates.title"),
                String.join(Texts.between(), sentences),
                texts.format("figure.rates.value"),
                "req/s",
                names(models),
                List.of(
                        series(texts.format("figure.rates.one.connection"), models, CompareFigures::rate1),
                        series(texts.format("figure.rates.eight.connections"), models, CompareFigures::rate8)));
    }

    private static Bars heavy(List<ModelTrial.Figures> models) {
        Texts texts = Texts.of(CompareFigures.class);
        String heavy = models.getFirst().heavy();
        List<ModelTrial.Figures> measured =
                models.stream().filter(f -> f.heavyP99Ms() > 0).toList();
        String caption = "";
        if (measured.size() == 1) {
            ModelTrial.Figures only = measured.getFirst();
            caption = texts.format("figure.heavy.one", heavy, only.model(), only.heavyP50Ms(), only.heavyP99Ms());
        } else if (measured.size() > 1) {
            ModelTrial.Figures low = measured.stream()
                    .min(Comparator.comparingDouble(ModelTrial.Figures::heavyP99Ms))
                    .orElseThrow();
            ModelTrial.Figures high = measured.stream()
                    .max(Comparator.comparingDouble(ModelTrial.Figures::heavyP99Ms))
                    .orElseThrow();
            caption = texts.format(
                    "figure.heavy.caption", heavy, low.heavyP99Ms(), low.model(), high.heavyP99Ms(), high.model());
        }
        return new Bars(
                texts.format("figure.heavy.title", heavy),
                caption,
                texts.format("figure.heavy.value"),
                "ms",
                names(models),
                List.of(
                        series("p50", models, f -> latency(f.heavyP50Ms())),
                        series("p99", models, f -> latency(f.heavyP99Ms()))));
    }

    private static Bars.Series series(
            String name, List<ModelTrial.Figures> models, Function<ModelTrial.Figures, Double> value) {
        List<Double> values = new ArrayList<>(); // nulls allowed: no bar
        models.forEach(f -> values.add(value.apply(f)));
        return new Bars.Series(name, values);
    }

    private static List<String> names(List<ModelTrial.Figures> models) {
        return models.stream().map(ModelTrial.Figures::model).toList();
    }

    /** A list as the run's language writes one: "a, b" in English, "a、b" in Chinese. */
    private static String join(List<String> items) {
        return String.join(Texts.lang() == Lang.ZH ? "、" : ", ", items);
    }
}
