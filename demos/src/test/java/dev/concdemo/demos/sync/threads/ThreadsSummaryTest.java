package dev.concdemo.demos.sync.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.cli.CommandUnderTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The summary tells the order that was measured, and says why CPython's differs. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ThreadsSummaryTest {
    private static final Pattern MAIN_FIRST =
            Pattern.compile("main printed first in steps? ((?:[0-9]+(?:, | and )?)+)");
    private static final Pattern THREAD_FIRST =
            Pattern.compile("the new thread printed first in steps? ((?:[0-9]+(?:, | and )?)+)");

    private static ThreadsReport report(Map<String, String> first, int before) {
        return new ThreadsReport(Map.of(), first, before, 666, 2, true);
    }

    private static String summary(ThreadsReport r) {
        return String.join("\n", ThreadsSummary.paragraphs(r))
                .replace("\n", " ")
                .replaceAll(" +", " ");
    }

    private static TreeSet<String> steps(Pattern p, String text) {
        TreeSet<String> steps = new TreeSet<>();
        Matcher m = p.matcher(text);
        if (m.find()) {
            for (String s : m.group(1).split(",| and ")) {
                if (!s.isBlank()) {
                    steps.add(s.strip());
                }
            }
        }
        return steps;
    }

    @Test
    void eachOutcomeIsToldAsItHappened() {
        Map<String, String> allMain = new LinkedHashMap<>();
        List.of("1", "2", "4", "5").forEach(s -> allMain.put(s, "main"));
        String s = summary(report(allMain, 100));
        assertEquals(new TreeSet<>(allMain.keySet()), steps(MAIN_FIRST, s), s);
        assertTrue(steps(THREAD_FIRST, s).isEmpty(), s);
        assertTrue(s.contains("main read money = 100: the thread had not set it yet"), s);

        Map<String, String> mixed = new LinkedHashMap<>(allMain);
        mixed.put("2", "thread");
        mixed.put("4", "thread");
        s = summary(report(mixed, 666));
        assertEquals(new TreeSet<>(List.of("1", "5")), steps(MAIN_FIRST, s), s);
        assertEquals(new TreeSet<>(List.of("2", "4")), steps(THREAD_FIRST, s), s);
        assertTrue(s.contains("main read money = 666: the thread had already set it"), s);

        Map<String, String> allThread = new LinkedHashMap<>();
        List.of("1", "2", "4", "5").forEach(k -> allThread.put(k, "thread"));
        s = summary(report(allThread, 666));
        assertTrue(steps(MAIN_FIRST, s).isEmpty(), s);
        assertEquals(new TreeSet<>(allThread.keySet()), steps(THREAD_FIRST, s), s);
        assertFalse(s.contains("main, already on a CPU, went on first"), s);
    }

    @Test
    void theSummaryMatchesTheOrderPrintedInTheRunAndExplainsCPython() {
        CommandUnderTest cli = new CommandUnderTest(ThreadsDemo::new);
        assertEquals(0, cli.run("--time-scale", "0.05", "--no-color"), cli.err());
        String out = cli.out();
        // Who printed the first timestamped line under each race step's heading.
        Map<String, String> first = new LinkedHashMap<>();
        String step = null;
        for (String line : out.split("\n")) {
            Matcher heading = Pattern.compile("^([0-9])\\. ").matcher(line);
            Matcher event = Pattern.compile("^ *\\+[0-9.]+s +(\\S+) ").matcher(line);
            if (heading.find()) {
                step = heading.group(1);
            } else if (event.find() && step != null && !first.containsKey(step)) {
                first.put(step, event.group(1).equals("main") ? "main" : "thread");
            }
        }
        List<String> mainFirst = new ArrayList<>();
        List<String> threadFirst = new ArrayList<>();
        for (String s : List.of("1", "2", "4", "5")) {
            (first.get(s).equals("main") ? mainFirst : threadFirst).add(s);
        }
        String summary =
                out.substring(out.indexOf("Java, this run")).replace("\n", " ").replaceAll(" +", " ");
        assertEquals(new TreeSet<>(mainFirst), steps(MAIN_FIRST, summary), out);
        assertEquals(new TreeSet<>(threadFirst), steps(THREAD_FIRST, summary), out);
        Matcher before = Pattern.compile("money = (\\d+) \\(read before join").matcher(out);
        assertTrue(before.find(), out);
        assertTrue(summary.contains("Before join, main read money = " + before.group(1)), summary);
        assertTrue(
                summary.contains("CPython differs: its Thread.start() returns only once the new thread has started"),
                summary);
    }
}
