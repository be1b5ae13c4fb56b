package dev.concdemo.support.cli;

import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --time-scale F}, for the scenarios whose story runs on the seed's sleeps. */
public final class TimeScaleOption implements CodedOption {
    /** Largest accepted --time-scale: beyond it a default run would last for hours. */
    public static final double MAX = 100;

    private double timeScale = 1.0; // set while parsing, read by the run

    @Override
    public OptionSpec spec(CommandSpec command) {
        ISetter setter = new ISetter() {
            @Override
            public <T> T set(T typed) {
                timeScale = Ranges.decimalAbove(command, "--time-scale", (String) typed, 0, MAX, null);
                return null;
            }
        };
        return OptionSpec.builder("--time-scale")
                .paramLabel("F")
                .type(String.class)
                .hasInitialValue(false)
                .description("Multiply every sleep taken from the seed by F (default: 1; 0.1 runs ten times faster).")
                .setter(setter)
                .build();
    }

    public double timeScale() {
        return timeScale;
    }

    /** "--time-scale 0.1 makes it about 2.00 s" (in the run's language): how to run ten times faster than {@code about}, all of it scaled. */
    public String shorten(Duration about) {
        return hint(about.dividedBy(10));
    }

    /**
     * How long a run takes: the seed's sleeps at this --time-scale, and {@code fixed}, what no
     * --time-scale shortens (child JVMs starting, a measured workload).
     */
    public Duration about(Duration seedSleeps, Duration fixed) {
        return scaled(seedSleeps).plus(fixed);
    }

    /** "--time-scale 0.1 makes it about 2.00 s" for a run of {@link #about(Duration, Duration)}: its sleeps a tenth. */
    public String shorten(Duration seedSleeps, Duration fixed) {
        return hint(scaled(seedSleeps).dividedBy(10).plus(fixed));
    }

    private String hint(Duration shorter) {
        String f = new java.math.BigDecimal(timeScale / 10)
                .round(new java.math.MathContext(3))
                .stripTrailingZeros()
                .toPlainString();
        return Texts.bundle(Texts.class.getPackageName() + ".Messages", Texts.class.getClassLoader(), Texts.lang())
                .format("shorten", f, Units.secondsSaid(shorter.toNanos()));
    }

    /** A sleep from the seed, scaled by --time-scale. */
    public Duration scaled(Duration seedSleep) {
        return Duration.ofNanos(Math.round(seedSleep.toNanos() * timeScale));
    }

    /** Sleeps for a seed duration scaled by --time-scale. */
    public void sleep(Duration seedSleep) throws InterruptedException {
        Thread.sleep(scaled(seedSleep));
    }
}
