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
    /** What the options and the seed column mean; CatalogueTest keeps the README's copy equal. */
    static final List<String> FOOTER = List.of(
            "Run 'concdemo NAME --help' for a command's options. Every scenario takes --json, --trace FILE and",
            "--color; those whose story runs on the seeds' sleeps take --time-scale F, those that draw random",
            "numbers --seed N. The seed column names a source note and its section, cited by title: 000 预备知识,",
            "001 第四模块 并发编程, 002 网络编程, 003 自己实现一个最简单的Web Server, 004 基本思想 (notes in",
            "Chinese on concurrency in Python, which this program retells in Java; they are not part of it).");

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
        for (List<Entry> entries : chapters.values()) {
            for (Entry e : entries) {
                nameWidth = Math.max(nameWidth, e.name().length());
            }
        }
        // Name and summary on one line, the seed under the summary: with the seed at the
        // right, lines would run past 100 columns.
        out.println("concdemo: concurrency scenarios made visible and measured, on the JVM");
        String line = "  %-" + nameWidth + "s  %s";
        String seedLine = " ".repeat(nameWidth + 4) + "seed %s";
        chapters.forEach((chapter, entries) -> {
            out.println();
            out.println(chapter.heading());
            entries.forEach(e -> {
                out.println(line.formatted(e.name(), e.summary()).stripTrailing());
                if (!e.seed().isEmpty()) {
                    out.println(seedLine.formatted(e.seed()));
                }
            });
        });
        out.println();
        FOOTER.forEach(out::println);
        out.flush();
        return text.toString();
    }
}
