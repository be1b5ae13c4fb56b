package dev.concdemo.app;

import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The tour's book: {@code DIR/index.html}, one self-contained page (no load of any kind; a CSP
 * forbids them) that lists the tour's steps by chapter, each with its explanations as prose,
 * what to look for and a link to each run's page ({@code DIR/04-deadlock-fix-order.html}, which
 * the scenario's own {@code --html} writes). Laid out by the jte template {@code tour/book.jte}.
 */
final class TourBook {
    /** What a previous tour leaves in its directory: the index and the runs' pages. */
    private static final Pattern OURS = Pattern.compile("index\\.html|\\d\\d-[a-z0-9.-]+\\.html");

    private static final String PAGE_CSS = "/dev/concdemo/support/html/page.css";

    /** A small style of the book's own, after the run pages' (or alone, without one). */
    private static final String BOOK_CSS = """
        body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:0 auto;padding:1rem 1.5rem;\
        color:#1d232a;background:#fdfdfc}
        h1{margin-bottom:.2rem}.meta{color:#5b6570;margin-top:0}
        .chapter>h2{border-bottom:1px solid #d0d5da;padding-bottom:.2rem;margin-top:2.2rem}
        .step{margin:1.4rem 0}.look{background:#eef5ee;border-left:4px solid #4a8a4a;padding:.4rem .7rem}
        .explain{border-left:3px solid #c9d1d9;padding-left:1rem;margin:.8rem 0}
        .explain h4{margin:.4rem 0}pre{overflow-x:auto;background:#f4f5f6;padding:.5rem}
        .run code{background:#f0f2f4;padding:.1rem .35rem;border-radius:3px}.missing{color:#8a6d3b}
        .interrupted{background:#fbeaea;border-left:4px solid #b94a48;padding:.4rem .7rem}
        """;

    private TourBook() {}

    /**
     * Makes {@code dir} ready for a book: created if missing; refused (a failure, exit 1) if it
     * is no directory, or holds anything a previous tour did not write.
     */
    static void prepare(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new ScenarioFailure(dir + " is not a directory");
            }
            Files.createDirectories(dir);
            try (Stream<Path> entries = Files.list(dir)) {
                List<String> others = entries.map(p -> p.getFileName().toString())
                        .filter(name -> !OURS.matcher(name).matches())
                        .sorted()
                        .toList();
                if (!others.isEmpty()) {
                    throw new ScenarioFailure(dir + " holds files other than a previous tour's ("
                            + String.join(", ", others.subList(0, Math.min(3, others.size())))
                            + (others.size() > 3 ? ", …" : "") + "): give an empty or new directory");
                }
            }
        } catch (IOException e) {
            throw new ScenarioFailure("cannot write the book in " + dir + ": " + e.getMessage());
        }
    }

    /**
     * Writes {@code dir/index.html} for the whole tour in {@code lang}, each run linked to its
     * page where that page exists; {@code interruptedAt} is the step a cancel stopped, or 0.
     */
    static Path write(Path dir, TourPlan plan, Lang lang, int interruptedAt) throws IOException {
        StringOutput html = new StringOutput();
        TemplateEngine.createPrecompiled(ContentType.Html)
                .render("tour/book.jte", page(dir, plan, lang, interruptedAt), html);
        Path index = dir.resolve("index.html");
        Files.writeString(index, html.toString(), StandardCharsets.UTF_8);
        return index;
    }

    /** What the book shows (tests read it too). */
    static TourBookPage page(Path dir, TourPlan plan, Lang lang, int interruptedAt) {
        Texts texts = TourCommand.texts(lang);
        Map<dev.concdemo.support.cli.Chapter, List<TourBookPage.Step>> chapters = new LinkedHashMap<>();
        for (Tour.Step step : Tour.STEPS) {
            List<TourBookPage.Item> items = new ArrayList<>();
            for (String command : step.commands()) {
                if (Tour.isExplain(command)) {
                    String topic = command.substring(Tour.EXPLAIN.length());
                    String text = ExplainCommand.text(topic, lang);
                    String title = text.lines().findFirst().orElse(topic);
                    items.add(new TourBookPage.Item(
                            new TourBookPage.Topic(title, blocks(text.substring(title.length()))),
                            command,
                            null,
                            null));
                } else {
                    String name = TourPlan.pageName(step, command);
                    boolean exists = Files.isRegularFile(dir.resolve(name));
                    List<String> args = new ArrayList<>(plan.withoutBook().args(step, command));
                    items.add(new TourBookPage.Item(
                            null,
                            "concdemo " + String.join(" ", args),
                            exists ? name : null,
                            texts.format(exists ? "book.page" : "book.noPage")));
                }
            }
            chapters.computeIfAbsent(step.chapter(), c -> new ArrayList<>())
                    .add(new TourBookPage.Step(
                            step.number(),
                            texts.format("book.step", step.number()),
                            texts.format("book.lookFor"),
                            step.lookFor(lang),
                            items));
        }
        List<TourBookPage.Chapter> laidOut = new ArrayList<>();
        chapters.forEach(
                (chapter, steps) -> laidOut.add(new TourBookPage.Chapter(Catalogue.chapterLine(chapter, lang), steps)));
        String machine = texts.format(
                "book.machine",
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.version().feature());
        String date = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        return new TourBookPage(
                lang.toString(),
                texts.format("book.title"),
                texts.format(
                        "book.meta",
                        date,
                        machine,
                        plan.timeScale().stripTrailingZeros().toPlainString()),
                texts.format("book.intro"),
                css(),
                interruptedAt == 0 ? null : texts.format("book.interrupted", interruptedAt),
                laidOut);
    }

    /** An explanation's text as blocks, by the rules {@link Prose} lays them out in a terminal. */
    static List<TourBookPage.Block> blocks(String text) {
        List<TourBookPage.Block> blocks = new ArrayList<>();
        for (String block : text.strip().split("\\n\\s*\\n")) {
            List<String> lines = block.lines().toList();
            if (lines.getFirst().startsWith("  ")) {
                blocks.add(new TourBookPage.Block(
                        TourBookPage.Kind.AS_WRITTEN,
                        lines.stream().map(String::stripTrailing).toList()));
            } else if (lines.getFirst().startsWith("- ")) {
                List<String> items = new ArrayList<>();
                for (String line : lines) {
                    if (line.startsWith("- ")) {
                        items.add(line.substring(2));
                    } else {
                        items.set(items.size() - 1, items.getLast() + "\n" + line);
                    }
                }
                blocks.add(new TourBookPage.Block(
                        TourBookPage.Kind.LIST, items.stream().map(Width::join).toList()));
            } else {
                blocks.add(new TourBookPage.Block(TourBookPage.Kind.PARAGRAPH, List.of(Width.join(block))));
            }
        }
        return blocks;
    }

    /** The run pages' style sheet if the class path has it, then the book's own. */
    static String css() {
        try (InputStream in = TourBook.class.getResourceAsStream(PAGE_CSS)) {
            return (in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n") + BOOK_CSS;
        } catch (IOException unreadable) {
            return BOOK_CSS;
        }
    }
}
