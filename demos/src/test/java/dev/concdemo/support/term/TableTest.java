package dev.concdemo.support.term;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class TableTest {
    @Test
    void numbersAlignRightTextAlignsLeftAndTheLastColumnIsNotPadded() {
        List<String> lines = new Table("name", "n", "note")
                .row("a", 5, "x")
                .row("longer", 12345, "yy")
                .lines("  ");
        assertEquals(
                List.of("  name        n  note", "  ──────  ─────  ────", "  a           5  x", "  longer  12345  yy"),
                lines);
    }

    @Test
    void chineseCellsArePaddedByTheColumnsTheyTake() {
        List<String> lines = new Table("way", "total")
                .row("一个接一个", "6.62 s")
                .row("a platform thread", "1.51 s")
                .lines("");
        // every row's second column starts at the same terminal column
        int at = Width.of("a platform thread  ");
        for (String line : lines.subList(2, lines.size())) {
            int cut = line.indexOf(line.contains("6.62") ? "6.62" : "1.51");
            assertEquals(at, Width.of(line.substring(0, cut)), line);
        }
    }
}
