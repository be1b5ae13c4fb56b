package dev.concdemo.demos.jvm.phaser;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The closing summary of a phaser run: each phase's parties as counted, then what they show. */
final class PhaserSummary {
    private PhaserSummary() {}

    static void print(Narrator n, PhaserReport r) {
        Texts t = Texts.of(PhaserSummary.class);
        n.sayPlain("");
        Table table = new Table(
                t.format("table.phase"),
                t.format("table.registered"),
                t.format("table.arrived"),
                t.format("table.joined"),
                t.format("table.left"),
                t.format("table.atAdvance"),
                t.format("table.after"));
        for (PhaserReport.Phase p : r.phases()) {
            table.row(
                    p.phase(),
                    p.registered(),
                    p.arrived(),
                    names(p.joined()),
                    names(p.left()),
                    t.format("table.saw", p.arrivedAtAdvance(), p.registeredAtAdvance()),
                    Units.fixed2(p.advancedAfterMs()));
        }
        table.lines("  ").forEach(n::sayPlain);
        n.sayPlain("");
        List<String> sentences = new ArrayList<>();
        sentences.add(t.format(
                "parties",
                r.phases().stream().map(p -> Integer.toString(p.registered())).collect(Collectors.joining(" → "))));
        for (PhaserReport.Phase p : r.phases()) {
            p.joined().forEach(who -> sentences.add(t.format("joined", who, p.phase())));
            p.left()
                    .forEach(who -> sentences.add(
                            t.format("left", who, p.phase(), p.registeredAtAdvance(), p.arrivedAtAdvance())));
        }
        long full =
                r.phases().stream().filter(p -> p.arrived() == p.registered()).count();
        sentences.add(t.format("advanced", full, r.phases().size()));
        n.sayPlain(Width.fill(String.join(Texts.between(), sentences)));
        n.sayPlain(Width.fill(t.format(
                        "arriveOnly",
                        r.arriveOnlyParty(),
                        r.arriveOnlyPhase(),
                        String.format(Locale.ROOT, "%.3f", r.arriveOnlyWaitedMs()),
                        r.arriveOnlyPhaseAfter(),
                        r.arriveOnlyArrivedAfter())
                + Texts.between()
                + (r.arriveOnlyPhaseAfter() == r.arriveOnlyPhase()
                        ? t.format(
                                "arriveOnly.open",
                                Units.fixed2(r.othersWaitedMs()),
                                r.arriveOnlyPhase(),
                                Units.fixed2(r.arriveOnlyAdvancedAfterMs()))
                        : t.format("arriveOnly.late"))));
        String end = r.terminated()
                ? t.format(
                        "terminated",
                        r.terminatedAtPhase(),
                        t.format(r.terminatedBecause().equals("last phase") ? "because.last" : "because.none"),
                        r.phaseAfterTermination())
                : t.format("notTerminated");
        n.sayPlain(Width.fill(end
                + Texts.between()
                + (r.emptyPhaserTerminated() ? t.format("empty.ended") : t.format("empty.alive"))));
        n.sayPlain("");
        n.sayPlain(Width.fill(t.format("python")));
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "-" : String.join(", ", names);
    }
}
