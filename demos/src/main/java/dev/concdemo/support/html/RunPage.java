package dev.concdemo.support.html;

import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.RunClock;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Trace;
import dev.concdemo.support.term.Transcript;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Writes a run's page ({@code --html FILE}): one self-contained HTML file with the command,
 * the timeline, the narration as printed, the figures and the summary. Its style sheet and
 * script are inlined, and its Content-Security-Policy allows exactly those two (by their
 * SHA-256) and nothing else, so the browser itself refuses any load from elsewhere.
 */
public final class RunPage {
    private RunPage() {}

    /** Writes the page to {@code file}, in the language the facts name. */
    public static void write(
            Path file, PageFacts facts, List<Transcript.Line> lines, Trace.Snapshot timeline, RunClock clock)
            throws IOException {
        Files.writeString(file, html(facts, lines, timeline, clock), StandardCharsets.UTF_8);
    }

    /** The page as text. */
    public static String html(PageFacts facts, List<Transcript.Line> lines, Trace.Snapshot timeline, RunClock clock) {
        Texts texts = Texts.of(RunPage.class, facts.lang());
        String css = resource("page.css") + optional("figures.css");
        String js = resource("page.js");
        String csp = "default-src 'none'; style-src '" + sha256(css) + "'; script-src '" + sha256(js)
                + "'; img-src data:; base-uri 'none'; form-action 'none'";
        List<PageView.Line> narration = new ArrayList<>();
        List<PageView.Line> summary = new ArrayList<>();
        for (Transcript.Line line : lines) {
            PageView.Line shown = line.timed()
                    ? new PageView.Line(
                            Math.round(clock.microsAt(line.nanos()) * 10) / 10.0,
                            clock.stampAt(line.nanos()),
                            line.label(),
                            Ansi.runs(line.ansi()))
                    : new PageView.Line(null, null, null, Ansi.runs(line.ansi()));
            (line.part() == Transcript.Part.SUMMARY ? summary : narration).add(shown);
        }
        PageView view = new PageView(
                facts,
                facts.lang() == Lang.ZH ? "zh" : "en",
                words(texts, facts),
                TimelineView.of(timeline, clock.microsAt(System.nanoTime()), texts),
                narration,
                summary,
                css,
                js,
                csp);
        StringOutput out = new StringOutput(256 * 1024);
        Engine.TEMPLATES.render("page/run.jte", view, out);
        return out.toString();
    }

    private static PageView.Words words(Texts t, PageFacts facts) {
        List<String> settings = new ArrayList<>();
        if (facts.timeScale() != null) {
            settings.add(t.format("settings.timeScale", number(facts.timeScale())));
        }
        if (facts.seed() != null) {
            settings.add(t.format("settings.seed", facts.seed()));
        }
        return new PageView.Words(
                t.format("title", facts.scenario()),
                t.format("command"),
                t.format("seed"),
                t.format("date"),
                t.format("machine"),
                t.format("settings"),
                settings.isEmpty() ? t.format("settings.none") : String.join(", ", settings),
                t.format("timeline"),
                t.format("timelineHelp"),
                t.format("zoomIn"),
                t.format("zoomOut"),
                t.format("zoomReset"),
                t.format("narration"),
                t.format("narrationHelp"),
                t.format("figures"),
                t.format("summary"),
                t.format("json"),
                t.format("interrupted"),
                t.format("noScript"),
                t.format("counter", "%s", "%s"));
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%s", d);
    }

    private static String optional(String name) {
        return RunPage.class.getResource(name) == null ? "" : resource(name);
    }

    static String resource(String name) {
        try (InputStream in = RunPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "sha256-…": how a CSP names an inline style or script it allows. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The compiled templates, loaded on first use only: a run without --html never loads jte. */
    static final class Engine {
        static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

        private Engine() {}
    }
}
