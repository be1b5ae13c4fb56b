package dev.concdemo.demos.cpu.primes;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.PythonOption;
import dev.concdemo.support.cli.Ranges;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.WorkerKind;
import dev.concdemo.support.html.Figure;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Shows CPU-bound work spread over processes: the notes' prime test over its thirteen
 * large numbers, on N child JVMs (its ProcessPoolExecutor) or N threads, timed like
 * {@code time}: real, user and sys, and user ÷ real, the number of cores that worked.
 *
 * <p>Try: {@code concdemo primes --procs 1,2} (the speedup), {@code concdemo primes --threads 2}.
 */
@Scenario(chapter = Chapter.CPU, seed = "000 example06")
@Command(
        name = "primes",
        mixinStandardHelpOptions = true,
        description = {
            "The notes' prime test on N child JVMs or threads: time, cores used, speedup.",
            "",
            "Each number is tested by trial division (the notes' is_prime). Workers take the next number as soon as"
                    + " they finish one; results print in input order, as executor.map yields them. Then real, user and"
                    + " sys time of the whole run, children included, and user / real: how many cores were busy. With a"
                    + " list (--procs 1,2,4) it runs each and prints the speedup over the first.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  concdemo primes                    one child JVM per core (the notes' default)",
            "  concdemo primes --procs 1,2        the speedup of a second process",
            "  concdemo primes --threads 1,2      the same with threads: Java has no GIL",
            "  concdemo primes --repeat 5         the notes' exact list (13 numbers x 5)",
            "  concdemo primes --numbers my.txt --procs 2 --json",
            "  concdemo primes --python               the same numbers in a real CPython, beside"
        })
public final class PrimesDemo extends ScenarioCommand<PrimesReport> {
    /** One worker tests the default list for ~2.7 s on the reference VM: long enough to see processes pay off. */
    static final int DEFAULT_REPEAT = 24;

    static final int MAX_REPEAT = 10_000;

    private final PythonOption python = new PythonOption();

    public PrimesDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(python);
    }

    private final int cores = Runtime.getRuntime().availableProcessors();
    private Integer repeatOption; // null: the default, which depends on whose numbers they are

    @Option(
            names = "--numbers",
            paramLabel = "FILE",
            description = "Test these numbers instead (one per line; # comments).")
    private Path numbersFile;

    @Option(
            names = {"-q", "--quiet"},
            description = "Leave out the 'N is prime' lines.")
    private boolean quiet;

    @ArgGroup(exclusive = true)
    private WorkerCounts workers = new WorkerCounts();

    @Option(
            names = "--repeat",
            paramLabel = "R",
            description = "Repeat the list R times (default: " + DEFAULT_REPEAT
                    + " for the notes' list, about 2.7 s for one worker; the notes: 5; a --numbers file: once).")
    void setRepeat(int value) {
        Ranges.check(spec, "--repeat", value, 1, MAX_REPEAT, null);
        repeatOption = value;
    }

    private List<Integer> counts;
    private List<Long> distinct;
    private PrimesRun.Settings settings; // this run's: the numbers read afresh
    private PrimesRun current;
    private Path interpreter; // with --python: found before the run starts, else null
    private CPythonReport py; // with --python: what CPython measured in this run, else null

    @Override
    protected void check() {
        counts = workers.counts(spec, cores);
        try {
            distinct = numbersFile == null ? Primes.SEED : Primes.read(numbersFile);
        } catch (Primes.BadNumbersFile e) {
            throw new ParameterException(spec.commandLine(), "--numbers: " + e.getMessage());
        }
    }

    @Override
    protected void prepare() {
        int repeat = repeatOption != null ? repeatOption : numbersFile == null ? DEFAULT_REPEAT : 1;
        settings =
                new PrimesRun.Settings(workers.kind(), counts, Primes.repeated(distinct, repeat), repeat, cores, quiet);
        current = null;
        interpreter = python.wanted() ? python.interpreter() : null;
        py = null;
    }

    @Override
    protected List<String> labels() {
        return List.of(CPythonRun.LABEL);
    }

    @Override
    protected void introduce(Narrator narrator) {
        PrimesIntro.say(narrator, settings, distinct.size(), numbersFile);
        if (interpreter != null) {
            narrator.sayPlain(
                    Width.fill(Texts.of(PrimesDemo.class).format("intro.python", interpreter, pythonWorkers())));
            narrator.sayPlain("");
        }
    }

    @Override
    protected PrimesReport run(Narrator narrator) throws Exception {
        current = new PrimesRun(settings, narrator);
        PrimesReport java = current.run();
        if (interpreter != null) {
            py = new CPythonRun(interpreter, narrator).run(distinct, settings.repeat(), pythonWorkers(), cores);
        }
        return java;
    }

    @Override
    protected CPythonReport python() {
        return py;
    }

    /** CPython's threads and processes: the Java run's count, the largest of a list. */
    private int pythonWorkers() {
        return settings.counts().stream().mapToInt(Integer::intValue).max().orElse(cores);
    }

    @Override
    public List<Figure> figures(PrimesReport report) {
        return PrimesFigures.of(report, py);
    }

    @Override
    protected String soFar() {
        return current == null ? null : current.soFar();
    }

    @Override
    protected void summarize(Narrator narrator, PrimesReport report) {
        PrimesSummary.print(narrator, report, current.results());
        if (py != null) {
            CPythonSummary.print(narrator, report, py, settings.numbers());
        }
    }

    /**
     * What the numbers are spread over: child JVMs (--procs) or threads of this JVM (--threads),
     * one or the other (picocli's exclusive group), a list of counts running each in turn.
     */
    static final class WorkerCounts {
        @Option(
                names = "--procs",
                paramLabel = "N",
                split = ",",
                description = "Child JVMs to spread the work over; a list runs each (default: one per core, here"
                        + " ${sys:concdemo.cores:-the core count}).")
        List<Integer> procs;

        @Option(
                names = "--threads",
                paramLabel = "N",
                split = ",",
                description = "Threads of this JVM instead of child JVMs; a list runs each.")
        List<Integer> threads;

        WorkerKind kind() {
            return threads != null ? WorkerKind.THREADS : WorkerKind.CHILD_JVMS;
        }

        /** The counts to run, each checked: 1 to 4 x the cores (more only queue for them); one per core by default. */
        List<Integer> counts(CommandSpec spec, int cores) {
            String option = threads != null ? "--threads" : "--procs";
            List<Integer> values = threads != null ? threads : procs != null ? procs : List.of(cores);
            int most = 4 * cores;
            for (int n : values) {
                if (n < 1) {
                    throw new ParameterException(spec.commandLine(), option + " takes counts of 1 or more, not " + n);
                }
                if (n > most) {
                    throw new ParameterException(
                            spec.commandLine(),
                            "%s %d is more than 4 x the %d cores here; more workers only queue for them (at most %d)"
                                    .formatted(option, n, cores, most));
                }
            }
            return List.copyOf(values);
        }
    }
}
