package dev.concdemo.support.cli;

import dev.concdemo.support.term.Lang;
import picocli.CommandLine.Option;

/**
 * {@code --lang en|zh} (a picocli mixin), for every command with prose: the scenarios (through
 * {@link CommonOptions}), {@code list} and {@code explain}. The value is read where the command
 * runs ({@link SessionStrategy}), which binds it for the run's {@code Texts}.
 */
public final class LangOption {
    /** The option's name, as SessionStrategy looks it up in what was parsed. */
    public static final String NAME = "--lang";

    @Option(
            names = NAME,
            paramLabel = "LANG",
            converter = LangConverter.class,
            description = "The language of the prose: explanations, a summary's paragraph and headings; en or zh"
                    + " (default: from LC_ALL, LC_MESSAGES or LANG). The live lines stay English.")
    private Lang lang; // set by picocli; read from the parse result (null: the session's default)
}
