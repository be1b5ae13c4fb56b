package dev.concdemo.app;

import dev.concdemo.support.term.Lang;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code set} keeps for a shell's session ({@code set time-scale 0.2}, {@code set lang zh},
 * {@code set color never}) and adds to each command that takes that option and was not given
 * it. Confined to the shell's thread.
 */
final class ShellSettings {
    /** Each setting, as the option it stands for. */
    static final Map<String, String> OPTIONS =
            Map.of("time-scale", "--time-scale", "lang", "--lang", "color", "--color");

    private final Map<String, String> values = new LinkedHashMap<>();

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
        String problem = problem(name, value);
        if (problem != null) {
            return "set: " + problem;
        }
        values.put(name, value);
        return "set: " + name + " " + value + " for the commands that take it";
    }

    /** Why {@code value} is not one for {@code name}, as the option itself would say; null if it is. */
    private static String problem(String name, String value) {
        return switch (name) {
            case "time-scale" -> {
                try {
                    double f = Double.parseDouble(value);
                    yield f > 0 && f <= 100 ? null : "a time scale is more than 0 and at most 100, not '" + value + "'";
                } catch (NumberFormatException e) {
                    yield "a time scale is a number, not '" + value + "'";
                }
            }
            case "lang" -> Lang.parse(value) == null ? "expected en or zh, not '" + value + "'" : null;
            default ->
                Set.of("auto", "always", "never").contains(value)
                        ? null
                        : "expected auto, always or never, not '" + value + "'";
        };
    }

    /** The words typed, with each setting added where {@code tree}'s command takes it and was not given it. */
    List<String> applyTo(List<String> words, CommandLine tree) {
        List<String> args = new ArrayList<>(words);
        CommandLine command = tree.getSubcommands().get(words.getFirst());
        if (command == null) {
            return args;
        }
        CommandSpec spec = command.getCommandSpec();
        values.forEach((name, value) -> {
            String option = OPTIONS.get(name);
            boolean given = words.stream().anyMatch(w -> w.equals(option) || w.startsWith(option + "="));
            if (spec.findOption(option) != null && !given) {
                args.add(option + "=" + value);
            }
        });
        return args;
    }
}
