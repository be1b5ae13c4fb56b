package dev.concdemo.demos.sync.interleave;

import dev.concdemo.support.cli.EnumConverter;
import java.util.Locale;

/** The program as the seed wrote it (broken), or with the fix that no interleaving breaks. */
enum Variant {
    BROKEN,
    FIXED;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses --variant in any case. */
    static final class Converter extends EnumConverter<Variant> {
        Converter() {
            super(Variant.class);
        }
    }
}
