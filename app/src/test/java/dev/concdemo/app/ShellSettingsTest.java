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
        ShellSettings s = new ShellSettings();
        assertEquals("set: a time scale is more than 0 and at most 100, not '0'", s.set(List.of("time-scale", "0")));
        assertEquals("set: a time scale is a number, not 'fast'", s.set(List.of("time-scale", "fast")));
        assertEquals("set: expected en or zh, not 'fr'", s.set(List.of("lang", "fr")));
        assertEquals("set: expected auto, always or never, not 'sometimes'", s.set(List.of("color", "sometimes")));
        assertEquals(
                "set: expected 'set time-scale F', 'set lang en|zh' or 'set color auto|always|never'"
                        + " ('set NAME' alone forgets one)",
                s.set(List.of("seed", "1")));
        assertEquals("set: nothing set; 'set time-scale 0.2', 'set lang zh', 'set color never'", s.set(List.of()));
        assertEquals(List.of("deadlock"), s.applyTo(List.of("deadlock"), TREE));
    }

    @Test
    void goodValuesAreKeptListedAppliedAndForgotten() {
        ShellSettings s = new ShellSettings();
        assertEquals("set: lang zh for the commands that take it", s.set(List.of("--lang", "ZH")));
        assertEquals("set: time-scale 0.2 for the commands that take it", s.set(List.of("time-scale", "0.2")));
        assertEquals("  lang zh\n  time-scale 0.2", s.set(List.of()));
        assertEquals(List.of("explain", "gil", "--lang=zh"), s.applyTo(List.of("explain", "gil"), TREE));
        assertEquals(List.of("serve", "--lang=zh"), s.applyTo(List.of("serve"), TREE), "serve has no --time-scale");
        assertEquals("set: lang forgotten", s.set(List.of("lang")));
        assertEquals(List.of("explain", "gil"), s.applyTo(List.of("explain", "gil"), TREE));
        assertEquals(List.of("nosuch"), s.applyTo(List.of("nosuch"), TREE));
    }
}
