package dev.concdemo.app;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The training run for the pages' AOT cache (target/concdemo-pages.aot; run by Maven at
 * package time, never by users): the catalogue and a help page, printed as {@link
 * Main#printPage} prints them for a real start, in both languages and both colourings. The JVM
 * loads every class of a cache at start-up, so these starts get a cache of their own: with the
 * command line's (picocli's model, ~1,800 classes) {@code concdemo list} took ~25% longer
 * (docs/benchmarks.md).
 */
final class PagesAotTraining {
    private PagesAotTraining() {}

    public static void main(String[] args) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        for (Map<String, String> environment : List.of(Map.of("LANG", "C.UTF-8"), Map.of("LANG", "zh_CN.UTF-8"))) {
            Main.printPage(nowhere, environment);
            Main.printPage(nowhere, environment, "list");
            Main.printPage(nowhere, environment, "deadlock", "--help");
            Main.printPage(nowhere, environment, "-h");
            Main.printPage(nowhere, Map.of("NO_COLOR", "1"), "race", "-h");
        }
    }
}
