package dev.concdemo.app;

import dev.concdemo.support.cli.LangOption;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code concdemo explain [TOPIC]}: a concept from the seed notes, explained in the project's
 * own words in English or Chinese, ending with the scenarios that show it and how to run them.
 * Alone, the list of topics. {@code explain gc} also measures a small live figure in this JVM
 * ({@link GcFigure}).
 */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = "Explain a concept (English or Chinese) and name the scenarios that show it.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo explain                  the topics",
            "  concdemo explain gil              the GIL, and why the JVM has none",
            "  concdemo explain locks --lang zh  锁与死锁"
        })
final class ExplainCommand implements Callable<Integer> {
    private final Session session;

    @Spec
    private CommandSpec spec;

    private String topic;

    @Mixin
    LangOption lang;

    ExplainCommand(Session session) {
        this.session = session;
    }

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "TOPIC",
            completionCandidates = Topics.Names.class,
            description = "One of: ${COMPLETION-CANDIDATES}; a scenario's name or a term finds its topic too"
                    + " (deadlock: locks; epoll: multiplexing).")
    void topic(String name) {
        String typed = name.toLowerCase(Locale.ROOT);
        String found = Topics.resolve(typed);
        if (found == null) {
            List<String> close = Topics.close(typed);
            throw new ParameterException(
                    spec.commandLine(),
                    "unknown topic '" + name + "'"
                            + (close.isEmpty() ? "; 'concdemo explain' lists them" : UsageErrors.didYouMean(close)));
        }
        topic = found;
    }

    @Override
    public Integer call() {
        Lang language = Texts.lang();
        PrintWriter out = session.out();
        int columns = columns(session);
        Texts ui = ui(language);
        if (topic == null) {
            out.println(ui.format("topics.heading"));
            int width =
                    Topics.ALL.keySet().stream().mapToInt(String::length).max().orElse(0);
            for (String name : Topics.ALL.keySet()) {
                String line = "  %-" + width + "s  %s";
                Width.wrap(line.formatted(name, title(name, language)), columns, " ".repeat(width + 4))
                        .forEach(out::println);
            }
            out.println();
            out.println(ui.format("topics.hint"));
            out.flush();
            return 0;
        }
        print(out, topic, language, columns);
        out.flush();
        return 0;
    }

    /** Prints one topic: its title, its text, the live figure (gc), the scenarios that show it. */
    static void print(PrintWriter out, String name, Lang language, int columns) {
        Texts ui = ui(language);
        String text = text(name, language);
        String title = text.lines().findFirst().orElse(name);
        out.println(title);
        out.println("─".repeat(Math.min(columns, Width.of(title))));
        Prose.layout(text.substring(title.length()), columns).forEach(out::println);
        if (name.equals("gc")) {
            out.println();
            gcFigure(out, ui, columns);
        }
        out.println();
        out.println(ui.format("scenarios.heading"));
        for (String command : Topics.ALL.get(name).commands()) {
            scenarioLines("  concdemo " + command, Catalogue.summary(command.split(" ")[0], language), columns)
                    .forEach(out::println);
        }
    }

    /** Where a scenario's description starts, and every wrapped line of it too. */
    static final int DESCRIPTION_COLUMN = 34;

    /**
     * A command and its description in two columns: the description starts at
     * {@link #DESCRIPTION_COLUMN} and wraps under itself; a command too long for its column
     * has a line of its own, the description under it.
     */
    static List<String> scenarioLines(String head, String summary, int columns) {
        String indent = " ".repeat(DESCRIPTION_COLUMN);
        List<String> lines = new ArrayList<>();
        if (Width.of(head) >= DESCRIPTION_COLUMN - 1) {
            lines.add(head);
            lines.addAll(Width.wrap(indent + summary, columns, indent));
        } else {
            lines.addAll(Width.wrap(head + " ".repeat(DESCRIPTION_COLUMN - Width.of(head)) + summary, columns, indent));
        }
        return lines;
    }

    private static void gcFigure(PrintWriter out, Texts ui, int columns) {
        GcFigure.Result r = GcFigure.measure();
        Width.wrap(ui.format("gc.heading", String.join(", ", r.collectors())), columns, "  ")
                .forEach(out::println);
        String cycle = r.cycleCollected() ? ui.format("gc.cycle", r.gcCallsNeeded()) : ui.format("gc.cycle.not");
        String young = r.youngCollections() == 0
                ? ui.format("gc.young.none", r.allocatedMb())
                : r.oldCollections() == 0
                        ? ui.format("gc.young", r.allocatedMb(), r.youngCollections())
                        : ui.format("gc.young.old", r.allocatedMb(), r.youngCollections(), r.oldCollections());
        String full = r.collectionsBySystemGc() == 0
                ? ui.format("gc.full.none")
                : ui.format("gc.full", r.collectionsBySystemGc());
        Prose.layout(String.join("\n", "- " + cycle, "- " + young, "- " + full), columns)
                .forEach(out::println);
    }

    static Texts ui(Lang language) {
        return Texts.bundle("dev.concdemo.app.Explain", ExplainCommand.class.getClassLoader(), language);
    }

    /** The topic's first line: its title. */
    static String title(String name, Lang language) {
        return text(name, language).lines().findFirst().orElse(name);
    }

    /** The topic's whole text in {@code language}, from {@code explain/NAME.LANG.txt}. */
    static String text(String name, Lang language) {
        String resource = "/dev/concdemo/app/explain/" + name + "." + language + ".txt";
        try (InputStream in = ExplainCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** min(terminal width, 100) ({@link Session#columns}). */
    static int columns(Session session) {
        return session.columns();
    }
}
