package dev.concdemo.app;

import dev.concdemo.support.cli.Cancellation;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.SessionStrategy;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One walk through the tour's chosen steps: for each, a heading (its number, what to look
 * for), a progress line with an estimate, then its command lines in order, each run in this
 * JVM in a session of its own, as the shell runs a line. On a terminal (input and output) it
 * waits for Enter between steps.
 *
 * <p>Ctrl-C: the tour's session is cancelled; that cancel is passed on to the run in progress
 * (its own session's cancel, so the run stops as it would alone: what it measured so far, its
 * "interrupted" line), and the walk stops, writes the book of the pages so far, and says where
 * to go on from. A run whose output was closed ends the walk quietly (141); a run that fails
 * is counted, and the walk goes on.
 */
final class TourWalk {
    private final Session session;
    private final TourPlan plan;
    private final Lang lang;
    private final List<Tour.Step> steps;
    private final Texts texts;
    private final PrintWriter out;
    private volatile Session running; // the run in progress, for a cancel to reach; null between runs

    TourWalk(Session session, TourPlan plan, Lang lang, List<Integer> chosen) {
        this.session = session;
        this.plan = plan;
        this.lang = lang;
        this.steps = chosen.stream().map(n -> Tour.STEPS.get(n - 1)).toList();
        this.texts = TourCommand.texts(lang);
        this.out = session.out();
    }

    /** Walks the steps; returns the tour's exit status. */
    int walk() throws IOException {
        Cancellation tour = session.cancellation();
        tour.runOn(null); // a cancel reaches the run through its own session (below), not as a bare interrupt
        tour.expect(); // the walk says itself where it stopped, and returns 130
        Thread forward = Thread.ofVirtual().name("tour-cancel").start(() -> {
            try {
                tour.await();
                Session run = running;
                if (run != null) {
                    run.cancellation().cancel(tour.reason());
                }
            } catch (InterruptedException over) {
                // the walk ended without a cancel
            }
        });
        long start = System.nanoTime();
        boolean pause = session.inputIsTerminal() && session.outputIsTerminal();
        List<String> failed = new ArrayList<>();
        int stoppedAt = 0; // the step a cancel stopped (or would have started next)
        int status = 0;
        try {
            walking:
            for (int i = 0; i < steps.size(); i++) {
                Tour.Step step = steps.get(i);
                introduce(step, i);
                for (String command : step.commands()) {
                    List<String> args = plan.args(step, command);
                    out.println("$ concdemo " + String.join(" ", args));
                    out.flush();
                    int code = run(args);
                    out.println();
                    if (tour.isCancelled() || code == SessionStrategy.INTERRUPTED) {
                        stoppedAt = step.number();
                        break walking;
                    }
                    if (code == SessionStrategy.OUTPUT_CLOSED || out.checkError()) {
                        status = SessionStrategy.OUTPUT_CLOSED;
                        break walking;
                    }
                    if (code != 0) {
                        failed.add(command + " (" + code + ")");
                    }
                }
                if (pause && i + 1 < steps.size()) {
                    out.print(texts.format("pause") + " ");
                    out.flush();
                    if (!TourPause.goOn(session.in(), tour)) {
                        if (tour.isCancelled()) {
                            out.println(); // after the ^C the terminal echoed on the prompt's line
                            stoppedAt = steps.get(i + 1).number();
                        } else {
                            out.println(texts.format(
                                    "stopped",
                                    step.number(),
                                    resume(steps.get(i + 1).number())));
                        }
                        break;
                    }
                    out.println();
                }
            }
        } finally {
            forward.interrupt();
        }
        if (plan.book() != null) {
            out.println(texts.format("book", TourBook.write(plan.book(), plan, lang, stoppedAt)));
        }
        if (stoppedAt != 0) {
            out.flush();
            session.err().println(texts.format("interrupted", stoppedAt, Tour.STEPS.size(), resume(stoppedAt)));
            session.err().flush();
            return SessionStrategy.INTERRUPTED;
        }
        if (status != 0) {
            return status;
        }
        out.println(texts.format("done", steps.size(), Units.secondsSaid(System.nanoTime() - start, lang)));
        if (!failed.isEmpty()) {
            out.println(texts.format("failed", failed.size(), String.join(", ", failed)));
        }
        out.flush();
        return failed.isEmpty() ? 0 : 1;
    }

    /** The step's heading, what to look for, and its progress line with the estimates. */
    private void introduce(Tour.Step step, int index) {
        int columns = session.columns();
        String heading = texts.format("heading", step.number(), Tour.STEPS.size(), step.lookFor(lang));
        Width.wrap(heading, columns, "  ").forEach(out::println);
        out.println("─".repeat(Math.min(columns, Width.of(heading))));
        Duration left = Duration.ZERO;
        for (Tour.Step next : steps.subList(index, steps.size())) {
            left = left.plus(next.about(plan.timeScale().doubleValue()));
        }
        String progress = texts.format(
                "progress",
                step.number(),
                Tour.STEPS.size(),
                String.join(", ", step.commands()),
                about(step.about(plan.timeScale().doubleValue())),
                about(left));
        Width.wrap(progress, columns, "  ").forEach(out::println);
        out.println();
        out.flush();
    }

    /** "about 20 s", "about 4 min", "a few seconds". */
    String about(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 10) {
            return texts.format("few");
        }
        if (seconds < 90) {
            return texts.format("seconds", Math.round(seconds / 5.0) * 5);
        }
        return texts.format("minutes", Math.round(seconds / 60.0));
    }

    /** The --steps that goes on with the chosen steps from step {@code from} on. */
    private String resume(int from) {
        List<Integer> rest =
                steps.stream().map(Tour.Step::number).filter(n -> n >= from).toList();
        return TourSelection.format(rest);
    }

    /**
     * Runs one command line in a session of its own, as the shell does (its own clock, cancel
     * and trace; the tour's output and environment), and tells what it left behind. No step
     * reads standard input: the run gets none, and the tour keeps it for its pauses.
     */
    private int run(List<String> args) {
        Session run = new Session(
                out,
                session.err(),
                InputStream.nullInputStream(),
                session.outputIsTerminal(),
                false,
                session.environment());
        RunResidue before = RunResidue.now();
        running = run;
        try {
            if (session.cancellation().isCancelled()) {
                return SessionStrategy.INTERRUPTED; // cancelled before the forward could see this run
            }
            return Main.run(run, args.toArray(String[]::new));
        } finally {
            running = null;
            Thread.interrupted(); // a cancel that came late must not reach the next step
            out.flush();
            String left = before.leftSince(Duration.ofSeconds(3));
            if (!left.isEmpty()) {
                out.println("tour: the run left behind " + left);
            }
        }
    }
}
