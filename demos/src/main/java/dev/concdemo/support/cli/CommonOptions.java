package dev.concdemo.support.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options every scenario takes (a picocli mixin): what it prints (the story, or one JSON
 * document), in colour or not, and whether it also writes a trace. Options that only some
 * scenarios honour live in their own mixins ({@link TimeScaleOption}, {@link SeedOption}).
 */
public final class CommonOptions {
    @Option(names = "--json", description = "Print one JSON document with the measured results instead of the live narration.")
    private boolean json;

    @Option(names = "--color", paramLabel = "WHEN", converter = Colour.Converter.class,
            description = "Colour the output: auto (on a terminal, unless TERM=dumb or NO_COLOR), always or never "
                    + "(default: auto).")
    private Colour colour = Colour.AUTO;

    @Option(names = "--no-color", hidden = true, description = "The same as --color=never.")
    private boolean noColor;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Also write the run's timeline to FILE as Chrome Trace Event JSON (open it in ui.perfetto.dev).")
    private Path traceFile;

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

    /** "JSON or summary": prints {@code report} as JSON with --json, otherwise runs {@code summary}. */
    public void print(Session session, Object report, Runnable summary) {
        if (json) {
            Json.print(session.out(), report);
        } else {
            summary.run();
        }
    }
}
