package dev.concdemo.support.cli;

import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --seed N}, for the scenarios that make random choices. */
public final class SeedOption implements CodedOption {
    private Long given; // set while parsing
    private Long drawn; // the seed of the run in progress; drawn anew by every run

    @Override
    public OptionSpec spec(CommandSpec command) {
        ISetter setter = new ISetter() {
            @Override
            public <T> T set(T value) {
                given = (Long) value;
                return null;
            }
        };
        return OptionSpec.builder("--seed")
                .paramLabel("N")
                .type(Long.class)
                .hasInitialValue(false)
                .description(
                        "Seed for every random choice, so a run can be repeated (default: a fresh one; --json shows"
                                + " it).")
                .setter(setter)
                .build();
    }

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
