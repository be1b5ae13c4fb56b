package dev.concdemo.support.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options every scenario takes (a picocli mixin): what it prints (the story, or one JSON
 * document), in colour or not, and whether it also writes a trace. Options that only some
 * scenarios honour are {@link CodedOption}s ({@link TimeScaleOption}, {@link SeedOption}).
 */
public final class CommonOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(
            names = "--json",
            description = "Print one JSON document with the measured results instead of the live narration.")
    private boolean json;

    @Option(
            names = "--color",
            paramLabel = "WHEN",
            converter = Colour.Converter.class,
            description = "Colour the output: auto (on a terminal, unless TERM=dumb or NO_COLOR), always or never "
                    + "(default: auto).")
    private Colour colour = Colour.AUTO;

    @Option(names = "--no-color", hidden = true, description = "The same as --color=never.")
    private boolean noColor;

    @Mixin
    private LangOption lang; // read where the command runs (SessionStrategy), not here

    @Option(
            names = "--trace",
            paramLabel = "FILE",
            description =
                    "Also write the run's timeline to FILE as Chrome Trace Event JSON (open it in ui.perfetto.dev).")
    private Path traceFile;

    @Option(
            names = "--html",
            paramLabel = "FILE",
            description = "Also write the run as one web page to FILE: its timeline, narration, charts and summary "
                    + "(opens offline, in any browser).")
    private Path htmlFile;

    public boolean json() {
        return json;
    }

    public Colour colour() {
        return noColor ? Colour.NEVER : colour;
    }

    /** Where --trace writes; null without it. */
    public Path traceFile() {
        return traceFile;
    }

    /** Where --html writes the run's page; null without it. */
    public Path htmlFile() {
        return htmlFile;
    }

    /** "JSON or summary": prints {@code report} as JSON with --json, otherwise runs {@code summary}. */
    public void print(Session session, Object report, Runnable summary) {
        if (json) {
            printJson(session, report);
        } else {
            summary.run();
        }
    }

    /**
     * Prints the run's one JSON document: {@code scenario} (the command's name), then
     * {@code timeScale} and {@code seed} where the command takes them, then the report's fields,
     * then, with --python, {@code python}: what the real CPython measured.
     */
    public void printJson(Session session, Object report) {
        Json.print(session.out(), document(report));
    }

    /** The run's one JSON document, as {@link #printJson} prints it (the page shows it too). */
    public Object document(Object report) {
        Map<String, Object> head = new LinkedHashMap<>();
        Map<String, Object> tail = new LinkedHashMap<>();
        head.put("scenario", mixee.name());
        if (mixee.userObject() instanceof ScenarioCommand<?> scenario) {
            for (CodedOption option : scenario.options()) {
                switch (option) {
                    case TimeScaleOption time -> head.put("timeScale", time.timeScale());
                    case SeedOption seeds -> head.put("seed", seeds.drawn());
                    case PythonOption _ -> {
                        if (scenario.python() != null) {
                            tail.put("python", scenario.python());
                        }
                    }
                }
            }
        }
        return Json.around(head, report, tail);
    }
}
