package dev.concdemo.support.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Output fits min(terminal width, 100): COLUMNS read, paragraphs filled again, tables broken under a column. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class WidthTest {
    private static final String PARAGRAPH = Width.fill(
            "20 of 20 trials lost updates (180 decrements in all). Threads read the ticket before others wrote it"
                    + " back, and wrote values computed from the old one: a read-modify-write of shared data is three"
                    + " steps, and other threads run between them. Fix it with --variant lock or --variant atomic.");

    @Test
    void theColumnsComeFromColumnsAtMost100AndAtLeast40() {
        assertEquals(100, Width.columns(Map.of()));
        assertEquals(80, Width.columns(Map.of("COLUMNS", "80")));
        assertEquals(100, Width.columns(Map.of("COLUMNS", "250")));
        assertEquals(40, Width.columns(Map.of("COLUMNS", "12")));
        assertEquals(100, Width.columns(Map.of("COLUMNS", "wide")));
    }

    @Test
    void aFilledParagraphIsFilledAgainEvenlyNotBrokenLineByLine() {
        assertTrue(PARAGRAPH.lines().anyMatch(l -> Width.of(l) > 80), "the test needs lines over 80");
        List<String> fitted = Width.fit(PARAGRAPH, 60);
        fitted.forEach(l -> assertTrue(Width.of(l) <= 60, l));
        // every line but the last is filled: broken line by line, every other line would be short
        fitted.subList(0, fitted.size() - 1).forEach(l -> assertTrue(Width.of(l) > 45, "a short line: " + l));
        assertEquals(Width.join(PARAGRAPH), Width.join(String.join("\n", fitted)), "no word lost or added");
        assertEquals(PARAGRAPH.lines().toList(), Width.fit(PARAGRAPH, 100), "what fits is left alone");
    }

    @Test
    void aTableRowIsBrokenUnderItsLastColumnAndNotJoinedToTheNext() {
        String table = String.join(
                "\n",
                "  final ticket  trials  share   verdict",
                "            99      20  100.0%  LOST UPDATES: 9 of 10 decrements, every one lost",
                "            98       1    5.0%  LOST UPDATES: 8");
        List<String> fitted = Width.fit(table, 60);
        fitted.forEach(l -> assertTrue(Width.of(l) <= 60, l));
        assertEquals(4, fitted.size(), String.join("\n", fitted));
        int column = fitted.get(1).indexOf("LOST");
        assertEquals(
                column, fitted.get(2).length() - fitted.get(2).stripLeading().length(), fitted.get(2));
        assertEquals(table.lines().toList().get(2), fitted.get(3));
    }

    @Test
    void theNarratorFitsItsEventLinesAndProseToItsColumns() {
        StringWriter text = new StringWriter();
        Narrator n = new Narrator(new PrintWriter(text, true), false, false, 8, new RunClock(), Trace.off(), () -> {});
        n.fitTo(60);
        n.event("Thread-1", "got lock A and now waits for lock B, which Thread-2 holds while it sleeps for 2 s");
        n.sayPlain(PARAGRAPH);
        n.say("@|bold " + "a heading in bold that is longer than sixty columns, so it is broken".repeat(1) + "|@");
        text.toString().lines().forEach(l -> assertTrue(Width.of(l) <= 60, l));
        assertEquals(60, n.columns());
    }

    @Test
    void chineseIsNeverBrokenAfterAnOpeningBracketNorBetweenANumberAndItsUnit() {
        // each break falls where the old rule put it: after "（", or between "5.00" and "个"
        for (int pad = 0; pad < 12; pad++) {
            String text = "长".repeat(20 + pad) + "长作业 8.50 个（5.00 个）。每个作业都在到达后 17 个时间单位之内第一次运行。";
            List<String> lines = Width.wrap(text, 60, "");
            for (String line : lines) {
                assertTrue(Width.of(line) <= 60, line);
                assertTrue(
                        !line.endsWith("（") && !line.matches(".*\\d$"), "a line ends at a bracket or number: " + line);
                assertTrue(!line.startsWith("个") && !line.startsWith("）"), "a line starts with a unit: " + line);
            }
            assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""), "no character lost");
        }
    }
}
