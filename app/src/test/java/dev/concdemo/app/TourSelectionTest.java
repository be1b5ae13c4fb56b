package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --steps LIST}: numbers, ranges and both, each step once and in order; anything else a usage error. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class TourSelectionTest {
    @Test
    void numbersAndRangesNameTheirStepsInOrderEachOnce() {
        assertEquals(List.of(3), TourSelection.parse("3", 11));
        assertEquals(List.of(2, 3, 4), TourSelection.parse("2-4", 11));
        assertEquals(List.of(1, 5, 9), TourSelection.parse("1,5,9", 11));
        assertEquals(List.of(1, 4, 5, 6), TourSelection.parse("4-6, 1", 11));
        assertEquals(List.of(2, 3), TourSelection.parse("3,2-3", 11));
        assertEquals(List.of(11), TourSelection.parse("11-11", 11));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "12", "4-2", "1,,2", "2-", "-3", "a", "1.5", "1-12", "3 4"})
    void anythingElseIsRefused(String typed) {
        assertNull(TourSelection.parse(typed, 11), typed);
    }

    @Test
    void aBadListIsOneLineOfUsageErrorAndExitTwo() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "tour", "--steps", "4-2");
        assertEquals(2, code);
        assertEquals("", out.toString());
        List<String> lines = err.toString().lines().toList();
        assertEquals(
                "concdemo tour: --steps must be step numbers from 1 to 11 (3, 2-4 or 1,5,9), not '4-2'",
                lines.getFirst());
        assertEquals(List.of("See 'concdemo tour --help'."), lines.subList(1, lines.size()));
    }

    @Test
    void theStepsToGoOnWithAreWrittenAsTheOptionTakesThem() {
        assertEquals("4-11", TourSelection.format(List.of(4, 5, 6, 7, 8, 9, 10, 11)));
        assertEquals("5,9", TourSelection.format(List.of(5, 9)));
        assertEquals("1,3-4,9", TourSelection.format(List.of(1, 3, 4, 9)));
    }
}
