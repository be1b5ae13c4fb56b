package dev.concdemo.demos.os.multiprog;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Multiprogramming (seed 001, 多道技术): several jobs in memory at once, so that while one waits
 * for IO another uses the CPU (time multiplexing); and the CPU is also taken away from a job
 * that has held it long, for fairness. Modelled exactly in units, then done for real on one
 * core: concurrency without parallelism.
 *
 * <p>Try: {@code concdemo multiprog}.
 */
@Scenario(chapter = Chapter.OS, seed = "001 多道技术")
@Command(
        name = "multiprog",
        mixinStandardHelpOptions = true,
        description = {
            "CPU and IO jobs one after another vs overlapped on one core; what switching costs.",
            "",
            "Single-programming runs each job to its end: the total is the sum of every phase, and the CPU idles"
                    + " through every IO. Multiprogramming gives the CPU to another job while one waits for IO: the"
                    + " total falls towards the larger of the longest job and all the CPU work. Modelled in units"
                    + " (the CPU first come first served, each CPU phase to its end, IO in parallel), then run by"
                    + " threads pinned to CPU 0. Then two CPU-bound threads on one core, back to back and together:"
                    + " the kernel's involuntary switches counted, and what they cost.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo multiprog",
            "  concdemo multiprog --jobs A:1/9/1,B:1/9/1,C:1/9/1    IO-heavy: overlap saves the most",
            "  concdemo multiprog --unit 20 --spin 500 --json"
        })
public final class MultiprogDemo extends ScenarioCommand<MultiprogReport> {
    public MultiprogDemo(Session session) {
        super(session);
    }

    @Option(
            names = "--jobs",
            paramLabel = "LIST",
            description = "NAME:CPU/IO/CPU...,... in units (default: " + Program.DEFAULT + ").")
    private String jobList = Program.DEFAULT;

    @Option(names = "--unit", paramLabel = "MS", description = "A unit for real, in ms (default: 50; 5 to 1000).")
    private int unitMs = 50;

    @Option(
            names = "--spin",
            paramLabel = "MS",
            description = "CPU each of the two switching threads needs, in ms (default: 1000; 100 to 10000).")
    private int spinMs = 1000;

    private List<Program> programs;

    @Override
    protected void check() {
        try {
            programs = Program.parse(jobList);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--jobs: " + e.getMessage());
        }
        Ranges.check(spec, "--unit", unitMs, 5, 1000, null);
        Ranges.check(spec, "--spin", spinMs, 100, 10_000, null);
    }

    @Override
    protected List<String> labels() {
        return MultiprogRun.LABELS;
    }

    @Override
    protected void introduce(Narrator narrator) {
        narrator.say(Texts.of(MultiprogDemo.class)
                .format(
                        "heading",
                        programs.stream()
                                .map(p -> p.name() + ":"
                                        + p.phases().stream()
                                                .map(String::valueOf)
                                                .collect(Collectors.joining("/")))
                                .collect(Collectors.joining(" "))));
    }

    @Override
    protected MultiprogReport run(Narrator narrator) throws InterruptedException {
        soFar = Texts.of(MultiprogDemo.class).format("soFar"); // read here, where the run's language is bound
        return new MultiprogRun(narrator, programs, Duration.ofMillis(unitMs), Duration.ofMillis(spinMs)).run();
    }

    private String soFar;

    @Override
    protected String soFar() {
        return soFar;
    }

    @Override
    public List<Figure> figures(MultiprogReport report) {
        return MultiprogFigures.of(report);
    }

    @Override
    protected void summarize(Narrator narrator, MultiprogReport report) {
        MultiprogSummary.print(narrator, report);
    }
}
