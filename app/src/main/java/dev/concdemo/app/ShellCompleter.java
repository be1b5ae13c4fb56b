package dev.concdemo.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.shell.jline3.PicocliJLineCompleter;

/**
 * Tab completion in the shell: commands, options and option values from picocli's model (as
 * {@code concdemo completion} gives bash), values in lower case as users type them; and the
 * shell's own words ({@code set}, {@code exit}).
 */
final class ShellCompleter implements Completer {
    private final Completer picocli;

    ShellCompleter(CommandLine tree) {
        this.picocli = new PicocliJLineCompleter(tree.getCommandSpec());
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        if (line.wordIndex() == 0) {
            candidates.add(new Candidate("exit"));
            candidates.add(new Candidate("set"));
        }
        if (!words.isEmpty() && words.getFirst().equals("set")) {
            if (line.wordIndex() == 1) {
                ShellSettings.OPTIONS.keySet().forEach(k -> candidates.add(new Candidate(k)));
            } else if (line.wordIndex() == 2) {
                List<String> values =
                        switch (words.get(1)) {
                            case "lang" -> List.of("en", "zh");
                            case "color" -> List.of("auto", "always", "never");
                            case "time-scale" -> List.of("0.1", "0.2", "0.5", "1");
                            default -> List.of();
                        };
                values.forEach(v -> candidates.add(new Candidate(v)));
            }
            return;
        }
        List<Candidate> found = new ArrayList<>();
        picocli.complete(reader, line, found);
        boolean optionValue = !line.word().startsWith("-");
        for (Candidate c : found) {
            String value = c.value();
            if (optionValue && value.matches("[A-Z][A-Z0-9_]*")) { // an enum constant: typed in lower case
                value = value.toLowerCase(Locale.ROOT);
            }
            candidates.add(new Candidate(value, value, c.group(), c.descr(), c.suffix(), c.key(), c.complete()));
        }
    }
}
