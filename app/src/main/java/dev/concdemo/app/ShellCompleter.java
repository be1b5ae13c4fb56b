package dev.concdemo.app;

import java.util.List;
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

    private final ShellSettings settings;

    ShellCompleter(CommandLine tree, ShellSettings settings) {
        this.picocli = new PicocliJLineCompleter(tree.getCommandSpec());
        this.settings = settings;
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
                settings.candidates(words.get(1)).forEach(v -> candidates.add(new Candidate(v)));
            }
            return;
        }
        picocli.complete(reader, line, candidates); // enum values come in lower case (their toString)
    }
}
