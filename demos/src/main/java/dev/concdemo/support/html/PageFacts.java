package dev.concdemo.support.html;

import dev.concdemo.support.term.Lang;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a run's page says besides the narration and the timeline: the command as run, the seed
 * section it retells, when and where it ran, its settings, and once it has measured, its
 * figures and its JSON document.
 *
 * @param timeScale null where the scenario takes no --time-scale
 * @param seed null where it draws no random numbers
 * @param json the run's JSON document; null until it has measured
 */
public record PageFacts(
        String scenario,
        List<String> args,
        String seedSection,
        ZonedDateTime started,
        String machine,
        Double timeScale,
        Long seed,
        Lang lang,
        List<Figure> figures,
        String json,
        boolean interrupted) {
    public PageFacts {
        args = List.copyOf(args);
        figures = List.copyOf(figures);
    }

    /** The facts known before the run: the command, its seed, its settings, this machine. */
    public static PageFacts of(
            String scenario, List<String> args, String seedSection, Double timeScale, Long seed, Lang lang) {
        return new PageFacts(
                scenario,
                args,
                seedSection,
                ZonedDateTime.now(),
                thisMachine(),
                timeScale,
                seed,
                lang == null ? Lang.EN : lang,
                List.of(),
                null,
                false);
    }

    /** The same, once the run has measured: its figures and its JSON document. */
    public PageFacts measured(List<Figure> drawn, String document) {
        return new PageFacts(
                scenario, args, seedSection, started, machine, timeScale, seed, lang, drawn, document, interrupted);
    }

    /** The same, for a run stopped before its end (Ctrl-C): the page shows what it had. */
    public PageFacts cutShort() {
        return new PageFacts(scenario, args, seedSection, started, machine, timeScale, seed, lang, figures, json, true);
    }

    /** "concdemo deadlock --fix order", each argument quoted where a shell would need it. */
    public String commandLine() {
        return args.stream()
                .map(a -> a.matches("[\\w./:=,@+-]+") ? a : "'" + a.replace("'", "'\\''") + "'")
                .collect(Collectors.joining(" ", "concdemo ", ""))
                .strip();
    }

    /** "2026-12-04 22:41:07 UTC". */
    public String date() {
        return started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT));
    }

    /** "2 cores, OpenJDK 64-Bit Server VM 25.0.1, Linux 6.1 amd64". */
    private static String thisMachine() {
        return "%d %s, %s %s, %s %s %s"
                .formatted(
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().availableProcessors() == 1 ? "core" : "cores",
                        System.getProperty("java.vm.name"),
                        Runtime.version(),
                        System.getProperty("os.name"),
                        System.getProperty("os.version"),
                        System.getProperty("os.arch"));
    }
}
