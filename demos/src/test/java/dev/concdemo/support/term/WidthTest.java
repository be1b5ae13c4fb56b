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
    void cjkTakesTwoColumnsAsciiOneAndCombiningMarksNone() {
        assertEquals(5, Width.of("race!"));
        assertEquals(8, Width.of("死锁示例"), "CJK ideographs");
        assertEquals(4, Width.of("かな"), "kana");
        assertEquals(4, Width.of("한글"), "Hangul syllables");
        assertEquals(6, Width.of("（，。"), "full-width punctuation");
        assertEquals(4, Width.of("ＡＢ"), "full-width forms");
        assertEquals(4, Width.of("𠀀𠀁"), "CJK extension B, beyond the BMP");
        assertEquals(1, Width.of("e\u0301"), "a combining acute accent takes none");
        assertEquals(1, Width.of("a\u20DD"), "an enclosing mark takes none");
        assertEquals(2, Width.of("a\u1AB0b"), "a combining mark newer than jline's list takes none");
        assertEquals(2, Width.of("a\u00ADb"), "a soft hyphen (a format character) takes none");
        assertEquals(2, Width.of("a\u200Bb"), "a zero-width space takes none");
        assertEquals(1, Width.of("\u001b[1mx\u001b[0m"), "an escape sequence takes none");
    }

    @Test
    void wideSymbolsAndEmojiTakeTwoAndControlCharactersNone() {
        assertEquals(2, Width.of("🙂"), "an emoticon");
        assertEquals(2, Width.of("🚀"), "transport symbols: wide in jline's table, one column in the old one");
        assertEquals(2, Width.of("䷀"), "a hexagram");
        assertEquals(0, Width.of(0x7), "BEL: unprintable, no column (jline says -1)");
        assertEquals(0, Width.of(0x0), "NUL");
    }

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
