package dev.concdemo.app;

import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Lang;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * How the tour runs each of its command lines: with the tour's {@code --time-scale} multiplied
 * into the step's own (asyncio's 0.2 at the tour's 0.5 runs at 0.1), given only to a scenario
 * that takes the option; with the tour's {@code --lang} when it differs from the session's; and
 * with {@code --html DIR/NN-name.html} for every scenario when the tour writes a book.
 *
 * @param timeScale the tour's --time-scale
 * @param lang the language given with --lang, or null for the session's
 * @param book the book's directory, or null
 */
record TourPlan(BigDecimal timeScale, Lang lang, Path book) {
    private static final String TIME_SCALE = "--time-scale";

    /** The arguments that run {@code command} of {@code step}. */
    List<String> args(Tour.Step step, String command) {
        List<String> args = new ArrayList<>();
        BigDecimal scale = timeScale;
        List<String> words = Tour.words(command);
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals(TIME_SCALE) && i + 1 < words.size()) {
                scale = scale.multiply(new BigDecimal(words.get(++i)));
            } else {
                args.add(words.get(i));
            }
        }
        boolean explain = Tour.isExplain(command);
        if (!explain && takesTimeScale(args.getFirst()) && scale.compareTo(BigDecimal.ONE) != 0) {
            args.add(TIME_SCALE);
            args.add(scale.stripTrailingZeros().toPlainString());
        }
        if (lang != null) {
            args.add("--lang");
            args.add(lang.toString());
        }
        if (!explain && book != null) {
            args.add("--html");
            args.add(book.resolve(pageName(step, command)).toString());
        }
        return args;
    }

    /** The same plan, writing no pages (the command lines a book shows). */
    TourPlan withoutBook() {
        return new TourPlan(timeScale, lang, null);
    }

    /** "04-deadlock-fix-order.html": the page of a scenario's run, named by its step and its words (a time scale left out). */
    static String pageName(Tour.Step step, String command) {
        List<String> words = Tour.words(command);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals(TIME_SCALE)) {
                i++;
            } else {
                kept.add(words.get(i).replaceFirst("^-+", ""));
            }
        }
        return "%02d-%s.html".formatted(step.number(), kept.stream().collect(Collectors.joining("-")));
    }

    /** Whether the scenario {@code name} takes --time-scale: its {@link ScenarioCommand#options()} hold a {@link TimeScaleOption}. */
    static boolean takesTimeScale(String name) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        CommandLine line = Main.commandLine(Session.of(nowhere, nowhere), name)
                .getSubcommands()
                .get(name);
        return line != null
                && line.getCommand() instanceof ScenarioCommand<?> scenario
                && scenario.options().stream().anyMatch(TimeScaleOption.class::isInstance);
    }
}
