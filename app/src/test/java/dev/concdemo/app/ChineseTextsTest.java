package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.term.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The app's Chinese (the catalogue as printed, the explain topics and their frame) keeps the
 * house rules: the notes are 笔记, never 种子 (which reads as a random seed) nor "seed";
 * numbers in prose carry Chinese units (秒, 毫秒), not s or ms; no space between two Chinese
 * characters (a note's title quoted in 《》 as it is written excepted); no bracket left open at
 * a line's end.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ChineseTextsTest {
    private static final List<Pattern> WRONG = List.of(
            Pattern.compile("种子"),
            Pattern.compile("(?i)\\bseeds?\\b(?! N)"), // the notes; --seed N, the option, may be named
            Pattern.compile("\\d (s|ms|µs)(?![\\w/])"), // a Latin unit after a number (req/s is a rate)
            Pattern.compile("\\p{IsHan} \\p{IsHan}"), // (two or more: a table's columns)
            Pattern.compile("\\p{IsHan} +[“”]|[“”] +\\p{IsHan}"),
            Pattern.compile("[（(“《] *$", Pattern.MULTILINE));

    @Test
    void theChineseCatalogueAndTopicsNameTheNotesAndUseChineseUnitsAndSpacing() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("concdemo list --lang zh", Catalogue.render(Lang.ZH));
        for (String topic : Topics.ALL.keySet()) {
            texts.put("explain/" + topic + ".zh.txt", resource("explain/" + topic + ".zh.txt"));
        }
        Properties explain = new Properties();
        explain.load(new InputStreamReader(
                ChineseTextsTest.class.getResourceAsStream("Explain_zh.properties"), StandardCharsets.UTF_8));
        explain.stringPropertyNames().forEach(key -> texts.put("Explain_zh " + key, explain.getProperty(key)));
        assertTrue(texts.size() >= 1 + 15 + 5, texts.size() + " texts");

        List<String> problems = new ArrayList<>();
        texts.forEach((where, text) -> {
            String checked = text.replaceAll("《[^》]*》", "《》"); // a quoted title stays as the note writes it
            for (Pattern wrong : WRONG) {
                var m = wrong.matcher(checked);
                if (m.find()) {
                    int from = Math.max(0, m.start() - 20);
                    problems.add(where + " (" + wrong + "): …"
                            + checked.substring(from, Math.min(checked.length(), m.end() + 20)) + "…");
                }
            }
        });
        assertEquals(List.of(), problems);
        assertTrue(Catalogue.render(Lang.ZH).contains("\n               笔记 001 进程调度\n"), "the notes' line");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ChineseTextsTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
