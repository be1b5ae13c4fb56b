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
}
