package dev.concdemo.support.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Terminal colours become CSS classes on the page; other escapes go. */
class AnsiTest {
    @Test
    void picocliMarkupBecomesRunsWithClasses() {
        String ansi = picocli.CommandLine.Help.Ansi.ON.string("got @|bg_red lock A|@ @|bold,red DEADLOCK|@ (x)");
        assertEquals(
                List.of(
                        new Ansi.Run("got ", ""),
                        new Ansi.Run("lock A", "bg1"),
                        new Ansi.Run(" ", ""),
                        new Ansi.Run("DEADLOCK", "b fg1"),
                        new Ansi.Run(" (x)", "")),
                Ansi.runs(ansi));
    }

    @Test
    void plainTextIsOneRunAndCursorMovesAreDropped() {
        assertEquals(List.of(new Ansi.Run("a < b", "")), Ansi.runs("a < b"));
        assertEquals("done", Ansi.plain("\u001b[2Kdone\u001b[0m"));
    }
}
