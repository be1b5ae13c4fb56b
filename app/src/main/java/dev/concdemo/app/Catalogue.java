package dev.concdemo.app;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
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
            "Run 'concdemo NAME --help' for a command's options, 'concdemo explain' for the concepts. Every",
            "scenario takes --json, --trace FILE, --color and --lang; those whose story runs on the seeds'",
            "sleeps take --time-scale F, those that draw random numbers --seed N. The seed column names a",
            "source note and its section, cited by title: 000 预备知识, 001 第四模块 并发编程, 002 网络编程,",
            "003 自己实现一个最简单的Web Server, 004 基本思想 (notes in Chinese on concurrency in Python,",
            "which this program retells in Java; they are not part of it). Chapter 7 has no seed: its column",
            "names the Java source each scenario follows (a JLS section, a JEP, a class's documentation).");

    private Catalogue() {}

    /** The catalogue as rendered at build time, on the class path (English). */
    static final String RENDERED = "/concdemo-catalogue.txt";

    /** The same in {@code lang}: {@code /concdemo-catalogue.txt}, {@code /concdemo-catalogue.zh.txt}. */
    static String rendered(Lang lang) {
        return lang == Lang.EN ? RENDERED : "/concdemo-catalogue." + lang + ".txt";
    }

    /** Build step: renders the catalogue into the file named by the only argument, and beside it each translation. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        for (Lang lang : Lang.values()) {
            Path target = file.resolveSibling(rendered(lang).substring(1));
            Files.writeString(target, render(lang), StandardCharsets.UTF_8);
        }
    }

    /**
     * Prints the catalogue in {@code lang}, fitted to {@code columns} (min(terminal width,
     * 100)): the build's rendering if present, else rendered now.
     */
    static void print(PrintWriter out, Lang lang, int columns) {
        String page;
        try (InputStream in = Catalogue.class.getResourceAsStream(rendered(lang))) {
            page = in == null ? render(lang) : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            page = render(lang);
        }
        out.print(columns < Width.COLUMNS ? String.join("\n", Width.fit(page, columns)) : page);
        out.flush();
    }

    /** The catalogue's words in {@code lang}: chapter descriptions, each command's line (zh), the footer (zh). */
    static Texts texts(Lang lang) {
        return Texts.bundle("dev.concdemo.app.Catalogue", Catalogue.class.getClassLoader(), lang);
    }

    /** "2. Threads and synchronization: shared memory, and ...": a chapter's heading and what it is about. */
    static String chapterLine(Chapter chapter, Lang lang) {
        Texts texts = texts(lang);
        return texts.format("chapter." + chapter.number() + ".title")
                + (lang == Lang.ZH ? "：" : " — ")
                + texts.format("chapter." + chapter.number() + ".about");
    }

    /** A command's one line in {@code lang}: its annotation's in English, the bundle's otherwise. */
    static String summary(String name, Lang lang) {
        Class<?> type = Registry.all().get(name);
        if (type == null) {
            throw new IllegalArgumentException("no command " + name);
        }
        String translated = lang == Lang.EN ? null : texts(lang).orNull("command." + name);
        return translated != null ? translated : summary(type.getAnnotation(Command.class));
    }

    record Entry(String name, String summary, String seed) {}

    static Map<Chapter, List<Entry>> entries(Lang lang) {
        Map<Chapter, List<Entry>> chapters = new EnumMap<>(Chapter.class);
        Registry.all().forEach((name, type) -> {
            Scenario scenario = type.getAnnotation(Scenario.class);
            Chapter chapter = scenario == null ? Chapter.CATALOGUE : scenario.chapter();
            chapters.computeIfAbsent(chapter, c -> new ArrayList<>())
                    .add(new Entry(name, summary(name, lang), scenario == null ? "" : seed(name, scenario, lang)));
        });
        return chapters;
    }

    /**
     * The notes a command retells, cited by title: its annotation's words, or the bundle's
     * {@code seed.NAME} where the annotation's would be English in a Chinese catalogue.
     */
    static String seed(String name, Scenario scenario, Lang lang) {
        String translated = lang == Lang.EN ? null : texts(lang).orNull("seed." + name);
        return translated != null ? translated : scenario.seed();
    }

    /** The command's header if it has one, else the first line of its description. */
    private static String summary(Command command) {
        String[] lines = command.header().length > 0 ? command.header() : command.description();
        return lines.length == 0 ? "" : lines[0].replace("%n", "").strip();
    }

    /** The catalogue as text in English, from the annotations of the registered commands. */
    static String render() {
        return render(Lang.EN);
    }

    /** The catalogue in {@code lang}. */
    static String render(Lang lang) {
        Texts texts = texts(lang);
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        Map<Chapter, List<Entry>> chapters = entries(lang);
        int nameWidth = 0;
        for (List<Entry> entries : chapters.values()) {
            for (Entry e : entries) {
                nameWidth = Math.max(nameWidth, e.name().length());
            }
        }
        // Name and summary on one line, the seed under the summary: with the seed at the
        // right, lines would run past 100 columns.
        out.println(texts.format("title"));
        String line = "  %-" + nameWidth + "s  %s";
        String indent = " ".repeat(nameWidth + 4);
        chapters.forEach((chapter, entries) -> {
            out.println();
            out.println(chapterLine(chapter, lang));
            // Chapter 7 has no seed: its line names the Java source a scenario follows.
            String seedLine = indent + texts.format(chapter == Chapter.JVM ? "source" : "seed");
            entries.forEach(e -> {
                out.println(line.formatted(e.name(), e.summary()).stripTrailing());
                if (!e.seed().isEmpty()) {
                    out.println(seedLine.formatted(e.seed()));
                }
            });
        });
        out.println();
        if (lang == Lang.EN) {
            FOOTER.forEach(out::println);
        } else {
            out.println(texts.format("footer"));
        }
        out.flush();
        return text.toString();
    }
}
