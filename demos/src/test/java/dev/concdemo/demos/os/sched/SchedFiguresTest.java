package dev.concdemo.demos.os.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.cli.Session;
import dev.concdemo.support.html.Bars;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.html.Grid;
import dev.concdemo.support.html.Strips;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SchedFiguresTest {
    private static final List<Job> JOBS = Job.parse(Job.DEFAULT);

    private static SchedReport.Outcome all() {
        List<SchedReport.Schedule> schedules = Arrays.stream(Algo.values())
                .map(a -> SchedReport.of(Simulation.run(a, JOBS, 2, 0), JOBS, 2, 0))
                .toList();
        return new SchedReport.Outcome(new SchedReport.All("all", 2, 0, schedules, null), null);
    }

    /** The figures as the page asks for them: from the Demo, with the run's language bound. */
    private static List<Figure> figures(SchedReport.Outcome report, Lang lang) {
        SchedDemo demo =
                new SchedDemo(Session.of(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        return ScopedValue.where(Texts.LANG, lang).call(() -> demo.figures(report));
    }

    @Test
    void eachGanttRowRunsItsJobForItsBurstAndWaitsForItsWaitingWithoutOverlap() {
        SchedReport.Outcome report = all();
        List<Figure> figures = figures(report, Lang.EN);
        List<Strips> gantts = figures.stream()
                .filter(f -> f instanceof Strips)
                .map(f -> (Strips) f)
                .toList();
        List<SchedReport.Schedule> schedules = SchedFigures.schedules(report);
        assertEquals(schedules.size(), gantts.size(), "one chart per algorithm");
        for (int a = 0; a < schedules.size(); a++) {
            SchedReport.Schedule s = schedules.get(a);
            Strips g = gantts.get(a);
            assertTrue(g.title().contains(s.algo()), g.title());
            assertEquals(gantts.getFirst().legend(), g.legend(), "each job keeps its colour in every chart");
            int end = s.timeline().getLast().end();
            Set<String> legend = g.legend().stream().map(Strips.Kind::kind).collect(Collectors.toSet());
            assertEquals(s.jobs().size(), g.rows().size());
            for (int j = 0; j < s.jobs().size(); j++) {
                SchedReport.JobRow job = s.jobs().get(j);
                Strips.Row row = g.rows().get(j);
                assertEquals(job.name(), row.label());
                double ran = 0;
                double waited = 0;
                double before = 0;
                for (Strips.Segment seg : row.segments()) {
                    assertTrue(
                            seg.start() >= before && seg.end() > seg.start() && seg.end() <= end, s.algo() + " " + seg);
                    assertTrue(legend.contains(seg.kind()), seg.kind() + " in the legend");
                    before = seg.end();
                    if (seg.kind().equals(job.name())) {
                        ran += seg.end() - seg.start();
                    } else {
                        assertEquals(SchedFigures.WAITING, seg.kind());
                        waited += seg.end() - seg.start();
                    }
                }
                assertEquals(job.burst(), ran, s.algo() + " " + job);
                assertEquals(job.waiting(), waited, s.algo() + " " + job);
                assertEquals(job.arrival(), row.segments().getFirst().start(), s.algo() + " " + job);
                assertEquals(job.finish(), row.segments().getLast().end(), s.algo() + " " + job);
            }
        }
        assertTrue(
                gantts.getLast().rows().getFirst().segments().stream()
                        .anyMatch(seg -> seg.text().equals("A (level 1)")),
                "mlfq's runs say their level");
    }

    @Test
    void theTableHasARowPerJobWithEachAlgorithmsTimesAndTheBarsTheirAverages() {
        SchedReport.Outcome report = all();
        List<SchedReport.Schedule> schedules = SchedFigures.schedules(report);
        List<Figure> figures = figures(report, Lang.EN);
        Grid grid = (Grid) figures.get(schedules.size());
        assertEquals(
                3 + 3 * schedules.size(), grid.header().size(), grid.header().toString());
        assertEquals(JOBS.size(), grid.rows().size());
        for (int j = 0; j < JOBS.size(); j++) {
            List<String> row = grid.rows().get(j);
            assertEquals(grid.header().size(), row.size());
            assertEquals(
                    List.of(
                            JOBS.get(j).name(),
                            "" + JOBS.get(j).arrival(),
                            "" + JOBS.get(j).burst()),
                    row.subList(0, 3));
            for (int a = 0; a < schedules.size(); a++) {
                SchedReport.JobRow r = schedules.get(a).jobs().get(j);
                assertEquals(
                        List.of("" + r.finish(), "" + r.turnaround(), "" + r.waiting()),
                        row.subList(3 + 3 * a, 6 + 3 * a));
            }
        }
        Bars bars = (Bars) figures.getLast();
        assertEquals(List.of("fcfs", "sjf", "srtf", "rr", "mlfq"), bars.categories());
        assertEquals(
                schedules.get(1).averages().waiting(),
                bars.series().getFirst().values().get(1));
        // On the default jobs srtf waits least, round robin's short slices most.
        assertEquals("srtf kept the average wait lowest (6.00 units), rr highest (12.60).", bars.caption());
    }

    @Test
    void oneAlgorithmHasItsChartAndTheTableAndNoComparison() {
        SchedReport.Schedule rr = SchedReport.of(Simulation.run(Algo.RR, JOBS, 2, 0), JOBS, 2, 0);
        List<Figure> figures = figures(new SchedReport.Outcome(rr, null), Lang.EN);
        assertEquals(2, figures.size(), figures.toString());
        assertTrue(figures.get(0) instanceof Strips && figures.get(1) instanceof Grid, figures.toString());
        assertEquals(6, ((Grid) figures.get(1)).header().size());
    }

    @Test
    void everyTitleAndCaptionIsWrittenInBothLanguages() {
        SchedReport.Outcome report = all();
        List<Figure> en = figures(report, Lang.EN);
        List<Figure> zh = figures(report, Lang.ZH);
        assertEquals(en.size(), zh.size());
        for (int i = 0; i < en.size(); i++) {
            for (Figure f : List.of(en.get(i), zh.get(i))) {
                assertFalse(f.title().isBlank(), f.toString());
                assertFalse(f.caption().isBlank(), f.toString());
            }
            assertTrue(
                    zh.get(i)
                            .caption()
                            .codePoints()
                            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    zh.get(i).caption());
            assertFalse(en.get(i).caption().equals(zh.get(i).caption()));
        }
        assertTrue(
                en.getFirst().caption().contains("the last finished at 28"),
                en.getFirst().caption());
        assertTrue(zh.getFirst().caption().contains("在时刻 28 完成"), zh.getFirst().caption());
    }

    private static SchedReport.Share share(String who, double predicted, double measured) {
        return new SchedReport.Share(who, 1, 0, predicted, measured, 1);
    }

    @Test
    void withRealTheSharesAreBarsOfPredictedBesideMeasuredOneGroupEach() {
        SchedReport.Real real = new SchedReport.Real(
                2000,
                List.of(share("nice 0", 69.7, 68.0), share("nice 5", 22.8, 25.3), share("nice 10", 7.5, 6.7)),
                List.of(share("nice 0", 33.3, 33.0), share("nice 0", 33.3, 33.5), share("nice 0", 33.3, 33.5)),
                List.of(share("Java priority 10", 50, 50.4), share("Java priority 1", 50, 49.6)));
        SchedReport.Schedule fcfs = SchedReport.of(Simulation.run(Algo.FCFS, JOBS, 2, 0), JOBS, 2, 0);
        List<Figure> figures = figures(new SchedReport.Outcome(fcfs.withReal(real), real), Lang.EN);
        Bars bars = (Bars) figures.getLast();
        assertEquals(
                List.of(
                        "nice 0",
                        "nice 5",
                        "nice 10",
                        "nice 0 (equal nice, 1)",
                        "nice 0 (equal nice, 2)",
                        "nice 0 (equal nice, 3)",
                        "Java priority 10",
                        "Java priority 1"),
                bars.categories());
        assertEquals(
                List.of("predicted", "measured"),
                bars.series().stream().map(Bars.Series::name).toList());
        assertEquals(25.3, bars.series().getLast().values().get(1));
        assertEquals(
                "The children at different nice values came within 2.5 points of their weights' shares; Java's"
                        + " priorities 10 and 1 got 50.4% and 49.6%.",
                bars.caption());
        Bars zh = (Bars) figures(new SchedReport.Outcome(fcfs.withReal(real), real), Lang.ZH)
                .getLast();
        assertEquals(
                List.of("按权重应得", "实测"),
                zh.series().stream().map(Bars.Series::name).toList());
        assertFalse(zh.title().isBlank() || zh.caption().isBlank());
    }
}
