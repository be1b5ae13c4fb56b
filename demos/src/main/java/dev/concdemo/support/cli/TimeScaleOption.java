package dev.concdemo.support.cli;

import dev.concdemo.support.term.Units;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --time-scale F} (a picocli mixin), for the scenarios whose story runs on the seed's sleeps. */
public final class TimeScaleOption {
    /** Largest accepted --time-scale: beyond it a default run would last for hours. */
    public static final double MAX = 100;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(
            names = "--time-scale",
            paramLabel = "F",
            defaultValue = "1",
            description = "Multiply every sleep taken from the seed by F (default: ${DEFAULT-VALUE}; 0.1 runs ten times"
                    + " faster).")
    void set(String typed) {
        timeScale = Ranges.decimalAbove(mixee, "--time-scale", typed, 0, MAX, null);
    }

    private double timeScale = 1.0;

    public double timeScale() {
        return timeScale;
    }

    /** "--time-scale 0.1 makes it about 2.00 s": how to run ten times faster than {@code about}. */
    public String shorten(Duration about) {
        String f = new java.math.BigDecimal(timeScale / 10)
                .round(new java.math.MathContext(3))
                .stripTrailingZeros()
                .toPlainString();
        return "--time-scale %s makes it about %s".formatted(f, Units.seconds(about.toNanos() / 10));
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
