package dev.concdemo.support.cli;

import dev.concdemo.support.term.Lang;

/** Reads {@code --lang en|zh} in any case. */
public final class LangConverter extends EnumConverter<Lang> {
    public LangConverter() {
        super(Lang.class);
    }
}
