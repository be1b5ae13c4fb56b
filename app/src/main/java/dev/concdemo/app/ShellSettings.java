package dev.concdemo.app;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * What {@code set} keeps for a shell's session ({@code set time-scale 0.2}, {@code set lang zh},
 * {@code set color never}) and adds to each command that takes that option and was not given
 * it. A value is checked by the option itself (its converter and range), on a command that
 * takes it, so the shell says what the command would. Confined to the shell's thread.
 */
final class ShellSettings {
    /** Each setting, as the option it stands for. */
    static final Map<String, String> OPTIONS =
            Map.of("time-scale", "--time-scale", "lang", "--lang", "color", "--color");

    private final CommandLine tree; // the whole command tree: which command takes which option
    private final Map<String, String> values = new LinkedHashMap<>();

    ShellSettings(CommandLine tree) {
        this.tree = tree;
    }

    /** {@code set ARGS}: sets, forgets or lists; returns what to print. */
    String set(List<String> args) {
        if (args.isEmpty()) {
            if (values.isEmpty()) {
                return "set: nothing set; 'set time-scale 0.2', 'set lang zh', 'set color never'";
            }
            List<String> lines = new ArrayList<>();
            values.forEach((k, v) -> lines.add("  " + k + " " + v));
            return String.join("\n", lines);
        }
        String name = args.getFirst().toLowerCase(Locale.ROOT).replaceFirst("^--", "");
        if (!OPTIONS.containsKey(name) || args.size() > 2) {
            return "set: expected 'set time-scale F', 'set lang en|zh' or 'set color auto|always|never'"
                    + " ('set NAME' alone forgets one)";
        }
        if (args.size() == 1) {
            values.remove(name);
            return "set: " + name + " forgotten";
        }
        String value = args.get(1).toLowerCase(Locale.ROOT);
        String[] trial = {takerOf(OPTIONS.get(name)).getCommandName(), OPTIONS.get(name) + "=" + value};
        try { // the option's own checks, on a command line of its own; nothing runs
            Main.commandLine(new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()), trial)
                    .parseArgs(trial);
        } catch (ParameterException refused) {
            return "set: " + UsageErrors.reworded(String.valueOf(refused.getMessage()));
        }
        values.put(name, value);
        return "set: " + name + " " + value + " for the commands that take it";
    }

    /** The values {@code name}'s option completes to (none for a number). */
    List<String> candidates(String name) {
        String option = OPTIONS.get(name);
        if (option == null) {
            return List.of();
        }
        Iterable<String> candidates =
                takerOf(option).getCommandSpec().findOption(option).completionCandidates();
        List<String> values = new ArrayList<>();
        if (candidates != null) {
            candidates.forEach(values::add);
        }
        return values;
    }

    /** The words typed, with each setting added where the command takes it and was not given it. */
    List<String> applyTo(List<String> words) {
        List<String> args = new ArrayList<>(words);
        CommandLine command = tree.getSubcommands().get(words.getFirst());
        if (command == null) {
            return args;
        }
        values.forEach((name, value) -> {
            String option = OPTIONS.get(name);
            boolean given = words.stream().anyMatch(w -> w.equals(option) || w.startsWith(option + "="));
            if (takes(command, option) && !given) {
                args.add(option + "=" + value);
            }
        });
        return args;
    }

    /** The first command of the tree that takes {@code option} (every setting has one). */
    private CommandLine takerOf(String option) {
        return tree.getSubcommands().values().stream()
                .filter(c -> takes(c, option))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no command takes " + option));
    }

    private static boolean takes(CommandLine command, String option) {
        return command.getCommandSpec().findOption(option) != null;
    }
}
