package dev.concdemo.app;

import dev.concdemo.support.cli.LangOption;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code concdemo tour}: the README's tour ({@link Tour}), run step by step in this JVM; with
 * {@code --html DIR}, a book of its runs' pages ({@link TourBook}). The walk itself is
 * {@link TourWalk}.
 */
@Command(
        name = "tour",
        mixinStandardHelpOptions = true,
        description = {
            "Run the README's tour: eleven steps of explanations and scenarios, in order.",
            "Each step says what to look for, prints its explanations as 'explain TOPIC' does and runs its "
                    + "scenarios as the shell would, with a progress line and an estimate. On a terminal it "
                    + "waits for Enter between steps (q stops); from a pipe it never waits. Ctrl-C stops "
                    + "the tour and says how to go on from there."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo tour                          the whole tour, 1.5 to 4 min of runs",
            "  concdemo tour --steps 4-6              steps 4 to 6 (to go on where it stopped)",
            "  concdemo tour --time-scale 1           every sleep as the notes have it",
            "  concdemo tour --html book --lang zh    a book of pages: book/index.html, in Chinese"
        })
final class TourCommand implements Callable<Integer> {
    /** The tour's --time-scale by default: sleeps a fifth, the whole tour 1.5 to 4 min (see Tour's table). */
    static final String DEFAULT_TIME_SCALE = "0.2";

    private final Session session;

    @Spec
    private CommandSpec spec;

    @Mixin
    LangOption lang;

    private BigDecimal timeScale = new BigDecimal(DEFAULT_TIME_SCALE);

    private List<Integer> steps =
            IntStream.rangeClosed(1, Tour.STEPS.size()).boxed().toList();

    @Option(
            names = "--html",
            paramLabel = "DIR",
            description = "Also write a book into DIR (created if missing; it may hold only a previous tour's "
                    + "book): each scenario's page (--html DIR/NN-name.html), and an index.html linking "
                    + "them, with each step's explanations and what to look for.")
    Path book;

    TourCommand(Session session) {
        this.session = session;
    }

    @Option(
            names = "--time-scale",
            paramLabel = "F",
            description = "Multiply the seeds' sleeps by F in every scenario that takes --time-scale (default: "
                    + DEFAULT_TIME_SCALE + ", the whole tour in 1.5 to 4 min; 1 runs every sleep as the notes "
                    + "have it). A step's own --time-scale (asyncio's 0.2) is multiplied by F.")
    void timeScale(String typed) {
        timeScale = BigDecimal.valueOf(Ranges.decimalAbove(spec, "--time-scale", typed, 0, TimeScaleOption.MAX, null));
    }

    @Option(
            names = "--steps",
            paramLabel = "LIST",
            description = "Only these steps, from 1 to 11: 3, 2-4, 1,5,9 or 1,4-6 (default: all).")
    void steps(String typed) {
        List<Integer> chosen = TourSelection.parse(typed, Tour.STEPS.size());
        if (chosen == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--steps must be step numbers from 1 to " + Tour.STEPS.size() + " (3, 2-4 or 1,5,9), not '" + typed
                            + "'");
        }
        steps = chosen;
    }

    @Override
    public Integer call() throws Exception {
        Lang language = Texts.lang();
        TourPlan plan = new TourPlan(timeScale, language == session.lang() ? null : language, book);
        if (book != null) {
            TourBook.prepare(book);
        }
        return new TourWalk(session, plan, language, steps).walk();
    }

    /** The tour's own words in {@code lang} (Tour.properties). */
    static Texts texts(Lang lang) {
        return Texts.bundle("dev.concdemo.app.Tour", TourCommand.class.getClassLoader(), lang);
    }
}
