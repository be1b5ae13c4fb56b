package dev.concdemo.support.cli;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options every scenario shares (a picocli mixin): how fast the seed's sleeps run, the
 * random seed, JSON output and colour.
 */
public final class CommonOptions {
    /** Largest accepted --time-scale: beyond it a default run would last for hours. */
    public static final double MAX_TIME_SCALE = 100;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    private double timeScale = 1.0;
    private Long seed;

    @Option(
            names = "--json",
            description = "Print one JSON document with the measured results instead of the live narration.")
    private boolean json;

    @Option(names = "--no-color", description = "Never colour the output (default: colour when writing to a terminal).")
    private boolean noColor;

    @Option(
            names = "--time-scale",
            paramLabel = "F",
            defaultValue = "1",
            description = "Multiply every sleep taken from the seed by F (default: ${DEFAULT-VALUE}; 0.1 runs ten times faster).")
    void setTimeScale(double value) {
        if (!(value > 0) || value > MAX_TIME_SCALE) {
            throw new ParameterException(
                    mixee.commandLine(),
                    "--time-scale must be a number greater than 0 and at most %s, not '%s'"
                            .formatted(format(MAX_TIME_SCALE), format(value)));
        }
        timeScale = value;
    }

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Seed for every random choice, so a run can be repeated (default: a fresh one; --json shows it).")
    void setSeed(long value) {
        seed = value;
    }

    public double timeScale() {
        return timeScale;
    }

    /** The seed given with --seed, or one drawn now and kept for the rest of the run. */
    public long seed() {
        if (seed == null) {
            seed = ThreadLocalRandom.current().nextLong(1, 1_000_000);
        }
        return seed;
    }

    public boolean json() {
        return json;
    }

    public boolean noColor() {
        return noColor;
    }

    /** A sleep from the seed, scaled by --time-scale. */
    public Duration scaled(Duration seedSleep) {
        return Duration.ofNanos(Math.round(seedSleep.toNanos() * timeScale));
    }

    /** Sleeps for a seed duration scaled by --time-scale. */
    public void sleep(Duration seedSleep) throws InterruptedException {
        long nanos = scaled(seedSleep).toNanos();
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
