package dev.concdemo.demos.sync.deadlock;

import dev.concdemo.support.cli.EnumConverter;
import java.util.Locale;

/** Which way the seed's two-lock workload is run: broken as in the seed, or one of three fixes. */
enum Fix {
    NONE("the seed's ABBA order: func1 takes A then B, func2 takes B then A"),
    RLOCK("one reentrant lock under both names, as the seed does: mutexA = mutexB = RLock()"),
    ORDER("one global order: every function takes A before B"),
    TRYLOCK("timed tryLock: a thread that cannot get its second lock releases the first, backs off, retries");

    private final String description;

    Fix(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /** Lower case, as typed on the command line and printed in JSON. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses --fix in any case; a wrong value names the right ones as typed. */
    static final class Converter extends EnumConverter<Fix> {
        Converter() {
            super(Fix.class);
        }
    }
}
