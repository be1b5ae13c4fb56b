package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.term.Lang;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The tour's book: one self-contained index linking the runs' pages that exist, in the tour's language. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TourBookTest {
    @TempDir
    Path dir;

    @Test
    void theIndexListsEveryStepAndLinksOnlyThePagesThatExist() throws IOException {
        Files.writeString(dir.resolve("02-spawn.html"), "<html></html>");
        Path index = TourBook.write(dir, new TourPlan(new BigDecimal("0.2"), null, dir), Lang.EN, 0);
        String html = Files.readString(index, StandardCharsets.UTF_8);
        assertTrue(html.contains("<a href=\"02-spawn.html\">"), html);
        assertFalse(html.contains("href=\"02-isolation.html\""), "no page, no link");
        assertTrue(html.contains("<code>concdemo isolation</code>"), html);
        assertTrue(html.contains("<code>concdemo deadlock --fix order --time-scale 0.2</code>"), html);
        for (Tour.Step step : Tour.STEPS) {
            assertTrue(html.contains("id=\"step-" + step.number() + "\""), "step " + step.number());
            assertTrue(html.contains(step.lookFor()), step.lookFor());
        }
        assertTrue(html.contains("<h4>Concurrency and parallelism</h4>"), "step 1's explanation as prose");
        assertTrue(html.contains("time scale 0.2"), "the scale at the top");
        assertFalse(html.contains("class=\"interrupted\""), "not interrupted");
    }

    @Test
    void theIndexLoadsNothingAndForbidsLoading() throws IOException {
        String html = Files.readString(TourBook.write(dir, new TourPlan(BigDecimal.ONE, null, dir), Lang.EN, 0));
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src"
                + " 'unsafe-inline'\">"));
        assertFalse(
                Pattern.compile("<script|<link|<img|src=|url\\(|@import")
                        .matcher(html)
                        .find(),
                html);
    }

    @Test
    void inChineseTheBookIsChinese() throws IOException {
        String html = Files.readString(TourBook.write(dir, new TourPlan(BigDecimal.ONE, Lang.ZH, dir), Lang.ZH, 4));
        assertTrue(html.contains("<html lang=\"zh\">"));
        assertTrue(html.contains("<title>concdemo 导览</title>"));
        assertTrue(html.contains("留意："));
        assertTrue(html.contains("<h4>并发与并行</h4>"), "the explanation in Chinese");
        assertTrue(html.contains("等待成环"), "what to look for in Chinese");
        assertTrue(html.contains("<p class=\"interrupted\">导览在第 4 步中断"), "where it was interrupted");
        assertFalse(html.contains("Look for"), html);
    }

    @Test
    void aDirectoryIsMadeIfMissingKeptIfItHoldsAPreviousTourAndRefusedOtherwise() throws IOException {
        Path fresh = dir.resolve("a/b");
        TourBook.prepare(fresh);
        assertTrue(Files.isDirectory(fresh));
        Files.writeString(fresh.resolve("index.html"), "");
        Files.writeString(fresh.resolve("04-deadlock-fix-order.html"), "");
        TourBook.prepare(fresh);
        Files.writeString(fresh.resolve("notes.txt"), "mine");
        ScenarioFailure refused = assertThrows(ScenarioFailure.class, () -> TourBook.prepare(fresh));
        assertEquals(
                fresh + " holds files other than a previous tour's (notes.txt): give an empty or new directory",
                refused.getMessage());
    }

    @Test
    void aRefusedDirectoryIsOneLineAndExitOne() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(
                1, Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "tour", "--html", dir.toString()));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("concdemo tour: error: " + dir + " holds files"), err.toString());
        assertEquals("", out.toString());
    }
}
