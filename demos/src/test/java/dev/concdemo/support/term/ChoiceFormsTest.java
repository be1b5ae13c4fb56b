package dev.concdemo.support.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Counts said by the bundles' choice forms: none, one and many each get their own words. */
class ChoiceFormsTest {
    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyEnglishChoiceSaysNoneAndManyInThePlural() throws IOException {
        List<String> problems = new ArrayList<>();
        int forms = 0;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("Messages.properties"))
                    .toList()) {
                Properties texts = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    texts.load(in);
                }
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    if (text.startsWith("{0,choice,")) {
                        forms++;
                        Texts t = new Texts(new SingleText(key, text));
                        if (!t.count(key, 0).equals(t.count(key, 2).replaceFirst("\\b2\\b", "0"))) {
                            problems.add(file + " " + key + ": 0 -> " + t.count(key, 0) + ", 2 -> " + t.count(key, 2));
                        }
                    }
                }
            }
        }
        assertTrue(forms > 10, "found only " + forms + " choice forms");
        assertEquals(List.of(), problems);
    }

    @Test
    void aCountIsSaidWithItsNoun() {
        Texts t = new Texts(new SingleText("trials", "{0,choice,0#{0} trials|1#{0} trial|1<{0} trials}"));
        assertEquals("0 trials", t.count("trials", 0));
        assertEquals("1 trial", t.count("trials", 1));
        assertEquals("2,000 trials", t.count("trials", 2000));
    }

    /** A bundle of one text. */
    private static final class SingleText extends ResourceBundle {
        private final String key;
        private final String text;

        SingleText(String key, String text) {
            this.key = key;
            this.text = text;
        }

        @Override
        protected Object handleGetObject(String k) {
            return k.equals(key) ? text : null;
        }

        @Override
        public java.util.Enumeration<String> getKeys() {
            return java.util.Collections.enumeration(List.of(key));
        }
    }
}
