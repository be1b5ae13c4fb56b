package dev.concdemo.support.term;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The scenarios' prose bundles: every text the code asks for exists, and each of its lines fits the width. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TextsTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern USE =
            Pattern.compile("Texts\\.of\\((\\w+)\\.class\\)\\s*\\.format\\(\\s*\"([\\w.-]+)\"(?=\\s*[,)])");

    @Test
    void everyTextTheCodeAsksForIsInItsPackagesBundleAndFitsTheWidth() throws IOException {
        List<String> problems = new ArrayList<>();
        int uses = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = USE.matcher(source);
                while (m.find()) {
                    uses++;
                    String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                    try {
                        String text =
                                ResourceBundle.getBundle(pkg + ".Messages").getString(m.group(2));
                        // a number argument widens a line a little: allow for it, as the narrator wraps anyway
                        text.lines()
                                .filter(l -> Width.of(l.replaceAll("%[-.\\d]*[df]", "0000")
                                                .replace("%s", "0.000 s"))
                                        > Width.COLUMNS)
                                .forEach(l -> problems.add(file.getFileName() + " " + m.group(2) + ": wider than "
                                        + Width.COLUMNS + ": " + l));
                    } catch (MissingResourceException e) {
                        problems.add(file.getFileName() + ": no text '" + m.group(2) + "' in " + pkg + ".Messages");
                    }
                }
            }
        }
        assertTrue(uses >= 20, uses + " texts found: the pattern still finds the uses");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
