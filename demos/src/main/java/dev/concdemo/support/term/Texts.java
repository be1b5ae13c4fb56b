package dev.concdemo.support.term;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A scenario's prose, kept out of its code: the closing "what this run proves" texts live in
 * {@code Messages.properties} in the scenario's package (read as UTF-8), with
 * {@link String#format} arguments filled from what the run measured. A translation
 * ({@code Messages_zh.properties}) can sit beside it without touching the scenario.
 */
public final class Texts {
    private final ResourceBundle bundle;

    private Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The texts of the scenario that {@code anchor} belongs to. */
    public static Texts of(Class<?> anchor) {
        return new Texts(ResourceBundle.getBundle(
                anchor.getPackageName() + ".Messages", Locale.getDefault(), anchor.getClassLoader()));
    }

    /** The text {@code key}, its arguments filled in (numbers as everywhere in concdemo: a dot, whatever the locale). */
    public String format(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : String.format(Locale.ROOT, text, args);
    }
}
