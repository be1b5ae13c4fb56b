package dev.concdemo.app;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * The catalogue printed by {@code concdemo} and {@code concdemo list}: the commands in the
 * {@link Registry}, grouped by the chapters of SCENARIOS.md, each with the first line of
 * its description and the seed it reproduces. Commands without {@link Scenario} belong to
 * chapter 0. Read from the class annotations alone, without building picocli models.
 *
 * <p>Start-up: the first annotation a JVM reads costs ~30 ms (the JDK generates proxy
 * classes at run time, which no AOT cache can hold), so the build renders the catalogue
 * once ({@link #main}, in Maven's process-classes phase) into {@value #RENDERED}, and
 * {@link #print} copies that when it is there. CatalogueTest keeps the two identical.
 */
final class Catalogue {
    private Catalogue() {}

    /** The catalogue as rendered at build time, on the class path. */
    static final String RENDERED = "/concdemo-catalogue.txt";

    /** Build step: renders the catalogue into the file named by the only argument. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, render(), StandardCharsets.UTF_8);
    }

    /** Prints the catalogue: the build's rendering if present, else rendered now. */
    static void print(PrintWriter out) {
        try (InputStream in = Catalogue.class.getResourceAsStream(RENDERED)) {
            out.print(in == null ? render() : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            out.print(render());
        }
        out.flush();
    }

    record Entry(String name, String summary, String seed) {}

    static Map<Chapter, List<Entry>> entries() {
        Map<Chapter, List<Entry>> chapters = new EnumMap<>(Chapter.class);
        Registry.all().forEach((name, type) -> {
            Scenario scenario = type.getAnnotation(Scenario.class);
            Chapter chapter = scenario == null ? Chapter.CATALOGUE : scenario.chapter();
            chapters.computeIfAbsent(chapter, c -> new ArrayList<>())
                    .add(new Entry(
                            name, summary(type.getAnnotation(Command.class)), scenario == null ? "" : scenario.seed()));
        });
        return chapters;
    }

    /** The command's header if it has one, else the first line of its description. */
    private static String summary(Command command) {
        String[] lines = command.header().length > 0 ? command.header() : command.description();
        return lines.length == 0 ? "" : lines[0].replace("%n", "").strip();
    }

    /** The catalogue as text, from the annotations of the registered commands. */
    static String render() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        Map<Chapter, List<Entry>> chapters = entries();
        int nameWidth = 0;
        int summaryWidth = 0;
        for (List<Entry> entries : chapters.values()) {
            for (Entry e : entries) {
                nameWidth = Math.max(nameWidth, e.name().length());
                summaryWidth = Math.max(summaryWidth, e.summary().length());
            }
        }
        out.println("concdemo: concurrency scenarios made visible and measured, on the JVM");
        String line = "  %-" + nameWidth + "s  %-" + summaryWidth + "s  %s";
        chapters.forEach((chapter, entries) -> {
            out.println();
            out.println(chapter.heading());
            entries.forEach(e ->
                    out.println(line.formatted(e.name(), e.summary(), e.seed()).stripTrailing()));
        });
        out.println();
        out.println(
                "Run 'concdemo NAME --help' for a command's options. Every scenario takes --time-scale F, --seed N,");
        out.println("--json and --no-color. Seeds are the notes in shared/seeds (000 … 004).");
        out.flush();
        return text.toString();
    }
}
