package dev.concdemo.support.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.cli.TimeScaleOption;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Chinese of the support code and of the scenarios this test covers keeps the house rules:
 * the notes are 笔记, never 种子 (which reads as a random seed); numbers carry Chinese units
 * (秒, 毫秒), not s or ms; no space between two Chinese characters; no bracket left open at
 * the end of a line broken by hand. And what the support code says on its own in a Chinese run
 * (how long it takes, how to shorten it, lines not shown) is Chinese.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ChineseRulesTest {
    private static final Path RESOURCES = Path.of("src/main/resources/dev/concdemo");
    /** The bundles held to the rules here (the other chapters' tests hold theirs). */
    private static final List<String> AREAS = List.of(
            "support",
            "demos/coro",
            "demos/os/sched",
            "demos/os/multiprog",
            "demos/proc",
            "demos/sync",
            "demos/os/states");

    private static final List<Pattern> WRONG = List.of(
            Pattern.compile("种子"),
            Pattern.compile("(?i)(?<!--)\\bseeds?\\b(?! N)"), // the notes; the option --seed may be named
            Pattern.compile("(%[\\d$.,+]*[dsf]|\\d) (s|ms|µs|ns)\\b"), // a Latin unit after a number
            Pattern.compile("\\p{IsHan} +\\p{IsHan}"),
            Pattern.compile("\\p{IsHan} +[“”]|[“”] +\\p{IsHan}"), // no space beside Chinese quotes
            Pattern.compile("[（(“]\\s*\\n"));

    @Test
    void theChineseBundlesNameTheNotesAndUseChineseUnitsAndSpacing() throws IOException {
        List<String> problems = new ArrayList<>();
        int bundles = 0;
        for (String area : AREAS) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(RESOURCES.resolve(area))) {
                files = walk.filter(f -> f.toString().endsWith("_zh.properties"))
                        .toList();
            }
            for (Path file : files) {
                bundles++;
                Properties zh = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    zh.load(in);
                }
                for (String key : zh.stringPropertyNames()) {
                    String text = zh.getProperty(key);
                    for (Pattern wrong : WRONG) {
                        if (wrong.matcher(text).find()) {
                            problems.add(RESOURCES.relativize(file) + " " + key + " (" + wrong + "): " + text);
                        }
                    }
                }
            }
        }
        assertTrue(bundles >= 9, bundles + " Chinese bundles found");
        assertEquals(List.of(), problems);
    }

    @Test
    void whatTheNarratorSaysOnItsOwnIsInTheRunsLanguage() {
        String zh = ScopedValue.where(Texts.LANG, Lang.ZH).call(ChineseRulesTest::longRun);
        assertTrue(zh.contains("这次运行大约要 20.00 秒；加 --time-scale 0.1 可缩短到约 2.00 秒。"), zh);
        assertTrue(zh.contains("（另有 2 行重复的行没有显示："), zh);
        assertTrue(
                !Pattern.compile("[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}").matcher(zh).find(), "English prose: " + zh);

        String en = longRun(); // nothing bound: English
        assertTrue(en.contains("This run takes about 20.00 s; --time-scale 0.1 makes it about 2.00 s."), en);
        assertTrue(en.contains("(2 repeated lines not shown:"), en);
    }

    /** A 20 s run announced, then one event repeated past what is shown, then a line that tells the rest. */
    private static String longRun() {
        StringWriter text = new StringWriter();
        Narrator n = new Narrator(new PrintWriter(text, true), false, false, 4, new RunClock(), Trace.off(), () -> {});
        Duration about = Duration.ofSeconds(20);
        try (Narrator.Progress _ = n.expect(about, new TimeScaleOption().shorten(about))) {
            for (int i = 0; i < Narrator.REPEATS_SHOWN + 2; i++) {
                n.event("w", "tick " + i);
            }
            n.sayPlain("");
        }
        return text.toString();
    }
}
