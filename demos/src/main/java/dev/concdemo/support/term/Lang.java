package dev.concdemo.support.term;

import java.util.Locale;
import java.util.Map;

/**
 * The language of concdemo's prose (explanations, the catalogue, each scenario's closing
 * paragraph and headings): English, or Chinese in the seed notes' own terms. The narration's
 * event lines stay English. {@code --lang en|zh}; by default from {@code LC_ALL}, then
 * {@code LC_MESSAGES}, then {@code LANG}, as POSIX orders them.
 */
public enum Lang {
    EN(Locale.ROOT),
    ZH(Locale.CHINESE);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    /** The locale its resource bundles are looked up with (the base bundle is English). */
    public Locale locale() {
        return locale;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language the environment asks for: the first of LC_ALL, LC_MESSAGES, LANG that is set; English otherwise. */
    public static Lang fromEnvironment(Map<String, String> environment) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.get(name);
            if (value != null && !value.isEmpty()) {
                return value.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
            }
        }
        return EN;
    }
}
