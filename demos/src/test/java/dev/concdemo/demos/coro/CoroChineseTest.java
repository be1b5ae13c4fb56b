package dev.concdemo.demos.coro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Chinese prose of the coroutine scenarios keeps the house rules: the notes are 笔记, never
 * 种子 (a random seed) nor "seed"; numbers carry Chinese units (秒, 毫秒), not s or ms; no space
 * between two Chinese characters; no bracket left open at the end of a line broken by hand.
 */
class CoroChineseTest {
    private static final List<String> SCENARIOS = List.of("asyncio", "crawl", "greenlet", "vthreads", "yield");

    private static final List<Pattern> WRONG = List.of(
            Pattern.compile("种子"),
            Pattern.compile("(?i)\\bseeds?\\b"),
            Pattern.compile("(%[\\d$.,]*[dsf]|\\d) (s|ms|µs|ns)\\b"), // a Latin unit after a number
            Pattern.compile("\\p{IsHan} +\\p{IsHan}"),
            Pattern.compile("[（(]\\s*\\n"));

    @Test
    void theChineseBundlesNameTheNotesAndUseChineseUnitsAndSpacing() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String scenario : SCENARIOS) {
            String name = "/dev/concdemo/demos/coro/" + scenario + "/Messages_zh.properties";
            Properties zh = new Properties();
            try (InputStream in = CoroChineseTest.class.getResourceAsStream(name)) {
                assertNotNull(in, name);
                zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : zh.stringPropertyNames()) {
                String text = zh.getProperty(key);
                for (Pattern wrong : WRONG) {
                    if (wrong.matcher(text).find()) {
                        problems.add(scenario + " " + key + " (" + wrong + "): " + text);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
