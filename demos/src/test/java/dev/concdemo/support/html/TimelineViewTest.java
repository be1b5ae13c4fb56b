package dev.concdemo.support.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.RunClock;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline's layout: lanes in order, nesting, kinds, and crowded lanes merged and said. */
class TimelineViewTest {
    private final Texts texts = Texts.of(RunPage.class, Lang.EN);

    @Test
    void aCrowdedLaneOfSpansBelowAPixelIsMergedAndThePageSaysHowMany() {
        RunClock clock = new RunClock();
        Trace trace = Trace.on(clock);
        long t0 = clock.startNanos();
        for (int i = 0; i < 5_000; i++) { // 5,000 spans of 1 µs, 100 µs apart, in 0.5 s
            trace.span("ticket -= 1", t0 + i * 100_000L, t0 + i * 100_000L + 1_000);
        }
        trace.span("sleep 1 s", t0, t0 + 1_000_000_000L); // nests nothing: starts with the first
        TimelineView view = TimelineView.of(trace.snapshot(), 1e6, texts);
        assertEquals(1, view.lanes().size());
        assertTrue(view.spans().size() < 1_000, view.spans().size() + " marks drawn");
        assertEquals(1, view.notes().size(), view.notes().toString());
        assertTrue(view.notes().getFirst().contains("5,000 marks"), view.notes().getFirst());
    }

    @Test
    void aFewSpansAreDrawnEachNestedOneRowLowerAndColouredByKind() {
        RunClock clock = new RunClock();
        Trace trace = Trace.on(clock);
        long t0 = clock.startNanos();
        trace.laneSpan("T1", "hold lock A", t0, t0 + 3_000_000);
        trace.laneSpan("T1", "wait for lock B", t0 + 1_000_000, t0 + 2_000_000);
        trace.laneSpan("T2", "sleep 2 s", t0 + 500_000, t0 + 900_000);
        TimelineView view = TimelineView.of(trace.snapshot(), 4_000, texts);
        assertEquals(
                List.of("T1", "T2"),
                view.lanes().stream().map(TimelineView.Lane::name).toList());
        TimelineView.Span hold = view.spans().get(0);
        TimelineView.Span wait = view.spans().get(1);
        assertEquals("k-hold", hold.css());
        assertEquals("k-wait", wait.css());
        assertEquals(hold.y() + TimelineView.ROW, wait.y(), "nested one row lower");
        assertEquals(1000.0, wait.x());
        assertEquals(1000.0, wait.w());
        assertTrue(view.notes().isEmpty());
        assertEquals( // the legend names the kinds drawn, in one fixed order
                List.of("k-wait", "k-hold", "k-sleep"),
                view.legend().stream().map(TimelineView.Legend::css).toList());
    }

    @Test
    void aCounterIsAStepChartUnderTheLanes() {
        RunClock clock = new RunClock();
        Trace trace = Trace.on(clock);
        trace.laneSpan("T1", "put 1", clock.startNanos(), clock.startNanos() + 1_000);
        trace.counter("queue length", 3);
        trace.counter("queue length", 0);
        TimelineView view = TimelineView.of(trace.snapshot(), 10_000, texts);
        assertEquals(1, view.counters().size());
        TimelineView.Counter c = view.counters().getFirst();
        assertEquals(3, c.max());
        assertTrue(c.y() > view.lanes().getFirst().y(), "under the lanes");
    }
}
