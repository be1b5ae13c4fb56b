package dev.concdemo.demos.io.compare;

import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * compare's verdict: what this run's figures show, each model's kind explained by what it did
 * beside the hog; every sentence from the figures.
 */
final class CompareVerdict {
    private CompareVerdict() {}

    /** The summary: every sentence from this run's figures. */
    static String of(CompareReport r) {
        Texts texts = Texts.of(CompareDemo.class);
        List<String> out = new ArrayList<>();
        ModelTrial.Figures fastest = r.models().stream()
                .max(Comparator.comparingDouble(ModelTrial.Figures::rps8))
                .orElseThrow();
        out.add(texts.format("fastest", fastest.model(), fastest.rps8()));
        boolean fib = r.service().equals(Service.FIB.toString());
        if (!fib) {
            out.add(texts.format("noHog"));
        } else {
            out.add(texts.format("hog"));
            List<String> keptHalf = names(r.models().stream()
                    .filter(f -> f.fairness() != null && f.fairness() >= 0.5)
                    .toList());
            List<String> stalled = names(r.models().stream()
                    .filter(f -> f.fairness() != null && f.fairness() < 0.2)
                    .toList());
            if (!keptHalf.isEmpty()) {
                out.add(texts.format("keptHalf", join(keptHalf)));
            }
            if (!stalled.isEmpty()) {
                out.add(texts.format("stalled", join(stalled)));
            }
            // Each kind of model, for what it is, with what it did beside the hog (counted by the server).
            for (Model.Kind kind : Model.Kind.values()) {
                List<ModelTrial.Figures> group = r.models().stream()
                        .filter(f -> f.kind().equals(kind.toString()))
                        .toList();
                if (!group.isEmpty()) {
                    out.addAll(
                            kind == Model.Kind.PROCESS_EACH
                                    ? processSentences(texts, group.getFirst(), r.windowSeconds(), true)
                                    : kindSentences(texts, kind, group));
                }
            }
            List<String> unserved =
                    names(r.models().stream().filter(f -> f.fairness() == null).toList());
            if (!unserved.isEmpty()) {
                out.add(texts.format("unserved", join(unserved)));
            }
            if (r.models().stream().anyMatch(f -> f.fairness() != null && f.fairness() > 1)) {
                out.add(texts.format("above100"));
            }
        }
        if (!fib) {
            r.models().stream()
                    .filter(f -> f.kind().equals(Model.Kind.PROCESS_EACH.toString()))
                    .forEach(f -> out.addAll(processSentences(texts, f, r.windowSeconds(), false)));
        }
        return String.join(Texts.between(), out);
    }

    /** What a kind of model is, and what its members did while a fib(32) was being computed. */
    private static List<String> kindSentences(Texts texts, Model.Kind kind, List<ModelTrial.Figures> group) {
        List<String> out = new ArrayList<>();
        String names = join(names(group));
        int cores = Runtime.getRuntime().availableProcessors();
        out.add(texts.format(
                "kind." + kind,
                names,
                switch (kind) {
                    case THREAD_POOL -> 5; // compare starts the pool model with 5 threads
                    case PROCESS_POOL -> cores;
                    case HANDLER_POOL -> Math.max(2, cores);
                    default -> group.size();
                },
                texts.count("childJvms", cores)));
        if (kind == Model.Kind.ONE_AT_A_TIME) {
            return out; // its hog waited: told with the unserved
        }
        List<ModelTrial.Figures> served = group.stream()
                .filter(f -> f.answersBesideHog() != null && f.hogAnswers() > 0)
                .toList();
        List<ModelTrial.Figures> none =
                served.stream().filter(f -> f.answersBesideHog() == 0).toList();
        List<ModelTrial.Figures> some =
                served.stream().filter(f -> f.answersBesideHog() > 0).toList();
        if (!none.isEmpty()) {
            out.add(texts.format(
                    kind == Model.Kind.ONE_THREAD ? "besideNoneOneThread" : "besideNone", join(names(none))));
        }
        if (!some.isEmpty()) {
            out.add(texts.format(
                    kind == Model.Kind.ONE_THREAD ? "besideSomeOneThread" : "besideSome",
                    join(names(some)),
                    join(some.stream()
                            .map(f -> String.valueOf(f.answersBesideHog()))
                            .toList())));
        }
        if (kind == Model.Kind.ONE_THREAD
                && group.stream().anyMatch(f -> f.model().equals("coroutines"))) {
            out.add(texts.format("coroutinesStalled"));
        }
        group.stream()
                .filter(f ->
                        f.model().startsWith(Model.VIRTUAL.toString()) && f.fairness() != null && f.fairness() < 0.5)
                .findFirst()
                .ifPresent(f -> out.add(texts.format("virtualCarriers", f.fairness() * 100, cores)));
        return out;
    }

    /**
     * The process model's figures explained by what it does: a child JVM started for every
     * new connection, whose start each connection's first answer waits for.
     */
    private static List<String> processSentences(Texts texts, ModelTrial.Figures f, double windowSeconds, boolean fib) {
        List<String> out = new ArrayList<>();
        if (f.firstAnswerMs() == null) {
            out.add(texts.format("processNone", f.model(), f.seconds8()));
            return out;
        }
        out.add(
                f.fastestMs() == null
                        ? texts.format("processStartOnly", f.model(), f.firstAnswerMs())
                        : texts.format("processStart", f.model(), f.firstAnswerMs(), f.fastestMs()));
        double ofWindow = f.firstAnswerMs() / (windowSeconds * 1000);
        out.add(texts.format(
                ofWindow >= 1 ? "processLong" : "processShort",
                ofWindow >= 1 ? ofWindow : ofWindow * 100,
                f.requests8(),
                f.seconds8(),
                f.rps8(),
                f.requests8() / 8.0,
                texts.count("requests", f.requests8())));
        if (fib && f.fairness() == null && f.firstAnswerMs() > windowSeconds * 1000) {
            out.add(texts.format("processHog", windowSeconds));
        }
        return out;
    }

    /** A list as the run's language writes one: "a, b" in English, "a、b" in Chinese. */
    private static String join(List<String> items) {
        return String.join(Texts.lang() == Lang.ZH ? "、" : ", ", items);
    }

    private static List<String> names(List<ModelTrial.Figures> figures) {
        return figures.stream().map(ModelTrial.Figures::model).toList();
    }
}
