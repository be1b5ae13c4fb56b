package dev.concdemo.support.cli;

/** When to colour the output: {@code --color=auto|always|never}. */
public enum Colour {
    /** On a terminal, unless TERM=dumb or NO_COLOR is set. */
    AUTO,
    ALWAYS,
    NEVER;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static final class Converter extends EnumConverter<Colour> {
        Converter() {
            super(Colour.class);
        }
    }
}
