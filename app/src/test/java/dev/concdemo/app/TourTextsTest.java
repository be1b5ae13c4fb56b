package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.term.Width;
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
 * The tour's words: both bundles have the same keys, each line of them fits 100 columns, and the
 * Chinese (the bundle and what to look for in each step) keeps the house rules ChineseTextsTest
 * keeps for the rest of the app: Chinese units, no space between two Chinese characters, no
 * "seed" for the notes.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class TourTextsTest {
    private static final List<Pattern> WRONG = List.of(
            Pattern.compile("种子"),
            Pattern.compile("(?i)\\bseeds?\\b"),
            Pattern.compile("\\d (s|ms|µs)(?![\\w/])"),
            Pattern.compile("\\p{IsHan} \\p{IsHan}"),
            Pattern.compile("[（(“《] *$", Pattern.MULTILINE));

    @Test
    void bothBundlesHaveTheSameKeysAndEveryLineFitsOneHundredColumns() throws IOException {
        Properties en = load("Tour.properties");
        Properties zh = load("Tour_zh.properties");
        assertEquals(en.stringPropertyNames(), zh.stringPropertyNames());
        for (String name : new String[] {"Tour.properties", "Tour_zh.properties"}) {
            for (String line : raw(name).lines().toList()) {
                assertTrue(Width.of(line) <= Width.COLUMNS, name + ": " + line);
            }
        }
    }

    @Test
    void theChineseKeepsTheHouseRules() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        Properties zh = load("Tour_zh.properties");
        zh.stringPropertyNames().forEach(key -> texts.put("Tour_zh " + key, zh.getProperty(key)));
        Tour.STEPS.forEach(step -> texts.put("step " + step.number(), step.lookForZh()));
        List<String> problems = new ArrayList<>();
        texts.forEach((where, text) -> {
            assertTrue(text.codePoints().anyMatch(cp -> cp >= 0x4E00 && cp <= 0x9FFF), where + ": " + text);
            for (Pattern wrong : WRONG) {
                if (wrong.matcher(text).find()) {
                    problems.add(where + " (" + wrong + "): " + text);
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TourTextsTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String raw(String name) throws IOException {
        try (InputStream in = TourTextsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
