package dev.concdemo.demos.sync.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.html.Bars;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The page's figure: each collection's trials by how they ended, every trial counted once. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CollectionsFiguresTest {
    private final CommandUnderTest cli = new CommandUnderTest(CollectionsDemo::new);

    @Test
    void eachCollectionsTrialsAddUpAndTheSafeOnesAllKeepEveryElement() throws Exception {
        CollectionsReport r = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build()
                .treeToValue(
                        cli.json("--threads", "4", "--adds", "2000", "--trials", "3", "--json"),
                        CollectionsReport.class);
        for (Lang lang : Lang.values()) {
            Bars bars = (Bars) ScopedValue.where(Texts.LANG, lang)
                    .call(() -> CollectionsFigures.of(r, null))
                    .getFirst();
            assertFalse(bars.title().isBlank(), lang.name());
            assertFalse(bars.caption().isBlank(), lang.name());
            assertEquals(r.rows().size(), bars.series().size(), "a series per collection");
            for (int i = 0; i < r.rows().size(); i++) {
                CollectionsReport.Row row = r.rows().get(i);
                List<Double> ended = bars.series().get(i).values();
                assertEquals(row.collection(), bars.series().get(i).name());
                assertEquals(3, ended.stream().mapToDouble(Double::doubleValue).sum(), row + " " + ended);
                ended.forEach(n -> assertTrue(n >= 0, row + " " + ended));
                if (row.threadSafe()) {
                    assertEquals(List.of(3.0, 0.0, 0.0, 0.0), ended, row.toString());
                }
            }
        }
    }

    @Test
    void aTrialThatThrewIsCountedOnceUnderThrewNotAlsoUnderLost() {
        var row = new CollectionsReport.Row(
                "ArrayList", false, 100, 400, 5, 900, 2, Map.of("ArrayIndexOutOfBoundsException", 2), 0, List.of(), 1);
        assertEquals(new CollectionsFigures.Ended(1, 3, 2, 0), CollectionsFigures.Ended.of(row, 6));
    }

    @Test
    void cpythonsListAndDictAreSeriesBesideTheJvmsCollections() {
        var arrayList = new CollectionsReport.Row("ArrayList", false, 100, 400, 4, 90, 1, Map.of(), 0, List.of(), 1);
        var report = new CollectionsReport(4, 5, List.of(arrayList), new CollectionsReport.Claims(100, 3, 0), 10);
        var py = new CPythonReport(
                "3.12.1",
                "gil",
                true,
                5,
                List.of(
                        new CPythonReport.Row("list", 100, 400, 400, 0, 0, 0, Map.of(), 1),
                        new CPythonReport.Row("dict", 100, 400, 400, 0, 0, 0, Map.of(), 1)),
                new CPythonReport.Claims(100, 2, 2, 10, 5, 0));
        Bars bars = (Bars) CollectionsFigures.of(report, py).getFirst();
        assertEquals(
                List.of("ArrayList", "CPython, list", "CPython, dict"),
                bars.series().stream().map(Bars.Series::name).toList());
        assertEquals(List.of(1.0, 3.0, 1.0, 0.0), bars.series().get(0).values());
        assertEquals(List.of(5.0, 0.0, 0.0, 0.0), bars.series().get(1).values());
        assertEquals(
                "The unsynchronized collections broke in 4 of their 5 trials; the thread-safe ones in 0 of 0."
                        + " CPython's list and dict broke in 0 of their 10 trials.",
                bars.caption());
    }
}
