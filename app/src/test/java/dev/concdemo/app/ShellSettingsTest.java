package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** {@code set} in the shell: values checked as the options check them, kept, listed, forgotten, applied. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ShellSettingsTest {
    private static final CommandLine TREE =
            Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "help");

    @Test
    void badValuesAreRefusedInOneLineAndNothingIsKept() {
        ShellSettings s = new ShellSettings(TREE);
        // what the option itself says to a bad value on the command line
        assertEquals(
                "set: --time-scale must be a number more than 0 and at most 100, not '0'",
                s.set(List.of("time-scale", "0")));
        assertEquals(
                "set: --time-scale must be a number more than 0 and at most 100, not 'fast'",
                s.set(List.of("time-scale", "fast")));
        assertEquals("set: --lang must be one of en, zh, not 'fr'", s.set(List.of("lang", "fr")));
        assertEquals(
                "set: --color must be one of auto, always, never, not 'sometimes'",
                s.set(List.of("color", "sometimes")));
        assertEquals(
                "set: expected 'set time-scale F', 'set lang en|zh' or 'set color auto|always|never'"
                        + " ('set NAME' alone forgets one)",
                s.set(List.of("seed", "1")));
        assertEquals("set: nothing set; 'set time-scale 0.2', 'set lang zh', 'set color never'", s.set(List.of()));
        assertEquals(List.of("en", "zh"), s.candidates("lang"), "completed as the option completes");
        assertEquals(List.of("auto", "always", "never"), s.candidates("color"));
        assertEquals(List.of("deadlock"), s.applyTo(List.of("deadlock")));
    }

    @Test
    void goodValuesAreKeptListedAppliedAndForgotten() {
        ShellSettings s = new ShellSettings(TREE);
        assertEquals("set: lang zh for the commands that take it", s.set(List.of("--lang", "ZH")));
        assertEquals("set: time-scale 0.2 for the commands that take it", s.set(List.of("time-scale", "0.2")));
        assertEquals("  lang zh\n  time-scale 0.2", s.set(List.of()));
        assertEquals(List.of("explain", "gil", "--lang=zh"), s.applyTo(List.of("explain", "gil")));
        assertEquals(List.of("serve", "--lang=zh"), s.applyTo(List.of("serve")), "serve has no --time-scale");
        assertEquals("set: lang forgotten", s.set(List.of("lang")));
        assertEquals(List.of("explain", "gil"), s.applyTo(List.of("explain", "gil")));
        assertEquals(List.of("nosuch"), s.applyTo(List.of("nosuch")));
    }
}
