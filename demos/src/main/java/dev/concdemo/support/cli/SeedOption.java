package dev.concdemo.support.cli;

import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Option;

/** {@code --seed N} (a picocli mixin), for the scenarios that make random choices. */
public final class SeedOption {
    @Option(
            names = "--seed",
            paramLabel = "N",
            description =
                    "Seed for every random choice, so a run can be repeated (default: a fresh one; --json shows it).")
    private Long given;

    private Long drawn; // the seed of the run in progress; drawn anew by every run

    /** The seed given with --seed, or a fresh one: call it once per run and keep the answer in the run. */
    public long draw() {
        drawn = given != null ? given : ThreadLocalRandom.current().nextLong(1, 1_000_000);
        return drawn;
    }

    /** The seed this run drew (null before it drew one), for its JSON. */
    Long drawn() {
        return drawn;
    }
}
