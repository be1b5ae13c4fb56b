package dev.concdemo.support.term;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A scenario's prose, kept out of its code: the closing "what this run proves" texts live in
 * {@code Messages.properties} in the scenario's package (read as UTF-8), with
 * {@link String#format} arguments filled from what the run measured; the Chinese sits beside
 * it as {@code Messages_zh.properties}, with the same keys and the same arguments in the same
 * order (LangTest checks both).
 *
 * <p>Which language: {@link #LANG}, bound for the run by the CLI ({@code --lang}); English
 * where nothing binds it (a test that calls a scenario's run directly). A bundle never falls
 * back to the JVM's default locale: on a Chinese desktop, {@code --lang en} is English.
 */
public final class Texts {
    /** The language of the run on this thread, bound where a command runs. */
    public static final ScopedValue<Lang> LANG = ScopedValue.newInstance();

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    Texts(ResourceBundle bundle) { // package-private: tests give it a bundle of their own
        this.bundle = bundle;
    }

    /** The language of the current run. */
    public static Lang lang() {
        return LANG.orElse(Lang.EN);
    }

    /** The texts of the scenario that {@code anchor} belongs to, in the run's language. */
    public static Texts of(Class<?> anchor) {
        return of(anchor, lang());
    }

    /** The texts of the scenario that {@code anchor} belongs to, in {@code lang}. */
    public static Texts of(Class<?> anchor, Lang lang) {
        return bundle(anchor.getPackageName() + ".Messages", anchor.getClassLoader(), lang);
    }

    /** The bundle {@code baseName} in {@code lang}. */
    public static Texts bundle(String baseName, ClassLoader loader, Lang lang) {
        return new Texts(ResourceBundle.getBundle(baseName, lang.locale(), loader, NO_FALLBACK));
    }

    /**
     * A count in words, as the bundle's choice form for {@code key} says it: English
     * {@code trials={0,choice,0#{0} trials|1#{0} trial|1<{0} trials}}, Chinese {@code trials={0} 次试验}.
     * Numbers are grouped as everywhere in concdemo (1,000).
     */
    public String count(String key, long n) {
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(new Object[] {n});
    }

    /** The text {@code key}, its arguments filled in (numbers as everywhere in concdemo: a dot, whatever the locale). */
    public String format(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : String.format(Locale.ROOT, text, args);
    }

    /** The text {@code key}, or null if this bundle has none. */
    public String orNull(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException none) {
            return null;
        }
    }

    /** What goes between two sentences joined into one paragraph: a space in English, nothing in Chinese. */
    public static String between() {
        return lang() == Lang.ZH ? "" : " ";
    }

    /**
     * A heading every scenario may print ("Summary", "Outcomes") in the run's language: looked
     * up by its English words in {@code Headings.properties} beside this class; the English
     * itself where no translation is kept.
     */
    public static String heading(String english) {
        if (lang() == Lang.EN) {
            return english;
        }
        String key = english.replace(' ', '_');
        String translated = bundle(Texts.class.getPackageName() + ".Headings", Texts.class.getClassLoader(), lang())
                .orNull(key);
        return translated == null ? english : translated;
    }
}
