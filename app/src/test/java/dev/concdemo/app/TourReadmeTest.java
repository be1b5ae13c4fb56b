package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The README's table under "## The tour" is the tour {@code concdemo tour} runs: the same
 * steps, each with the same command lines in the same order and the same words for what to
 * look for ({@link Tour#STEPS}, the one place they are written).
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class TourReadmeTest {
    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");

    @Test
    void theReadmesTourTableIsTheTourTheCommandRuns() throws IOException {
        List<String> readme = new ArrayList<>();
        for (List<String> row : rows()) {
            readme.add(row.get(0) + " | " + quoted(row.get(1)) + " | " + row.get(2));
        }
        List<String> code = new ArrayList<>();
        for (Tour.Step step : Tour.STEPS) {
            code.add(step.number() + " | " + step.commands() + " | " + step.lookFor());
        }
        assertEquals(code, readme, "README.md's tour table = Tour.STEPS (update one to the other)");
    }

    /** The table's rows under "## The tour", each as its cells, the header and rule left out. */
    private static List<List<String>> rows() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8); // tests run in app/
        int from = readme.indexOf("\n## The tour\n");
        int to = readme.indexOf("\n## ", from + 1);
        List<List<String>> rows = new ArrayList<>();
        for (String line : readme.substring(from, to).lines().toList()) {
            if (line.matches("\\| *\\d+ *\\|.*")) {
                String[] cells = line.split("\\|");
                rows.add(List.of(cells[1].strip(), cells[2].strip(), cells[3].strip()));
            }
        }
        return rows;
    }

    private static List<String> quoted(String cell) {
        List<String> commands = new ArrayList<>();
        Matcher m = QUOTED.matcher(cell);
        while (m.find()) {
            commands.add(m.group(1));
        }
        return commands;
    }
}
