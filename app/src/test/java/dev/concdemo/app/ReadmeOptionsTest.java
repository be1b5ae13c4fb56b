package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's table of common options names, for an option that only some scenarios take,
 * exactly the scenarios whose help page lists it: an option exists only where it has an effect,
 * and the README says where that is.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReadmeOptionsTest {
    private static final Pattern QUOTED = Pattern.compile("`([a-z-]+)[^`]*`");

    @ParameterizedTest
    @ValueSource(strings = {"--python", "--seed"})
    void theRowNamesEveryScenarioThatTakesTheOptionAndNoOther(String option) throws IOException {
        assertEquals(takers(option), named(option), "README.md's row for " + option);
    }

    /** The scenarios the README's row for {@code option} names in its second cell. */
    private static Set<String> named(String option) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8); // tests run in app/
        String row = readme.lines()
                .filter(l -> l.startsWith("| `" + option))
                .findFirst()
                .orElseThrow(() -> new AssertionError("README.md has no row for " + option));
        String where = row.split("\\|")[2];
        Set<String> names = new TreeSet<>();
        Matcher m = QUOTED.matcher(where);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The commands whose help page lists {@code option}. */
    private static Set<String> takers(String option) {
        Set<String> names = new TreeSet<>();
        for (String command : HelpPages.commands()) {
            boolean lists = Pattern.compile("(?<![\\w-])" + option + "(?![\\w-])")
                    .matcher(HelpPages.render(command, false))
                    .find();
            if (!command.equals(HelpPages.ROOT) && lists) {
                names.add(command);
            }
        }
        return names;
    }
}
