package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.work.Poll;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell in this JVM, on a dumb terminal fed by a pipe: commands run in sessions of their
 * own, settings apply to the commands that take them, failures print their line and the shell
 * goes on, a cancel stops the run and returns to the prompt, nothing of a run outlives it.
 * ShellTmuxIT does the same in a real terminal.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ShellTest {
    @TempDir
    Path home;

    /** Output that a test can read while the shell writes it. */
    static final class Screen extends ByteArrayOutputStream {
        synchronized String text() {
            return toString(StandardCharsets.UTF_8);
        }

        boolean waitFor(String text, long millis) throws InterruptedException {
            long deadline = System.currentTimeMillis() + millis;
            while (System.currentTimeMillis() < deadline) {
                if (text().contains(text)) {
                    return true;
                }
                Thread.sleep(20);
            }
            return false;
        }
    }

    record Started(Shell shell, Thread thread, PipedOutputStream keys, Screen screen, Terminal terminal) {
        void type(String line) throws IOException {
            keys.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }
    }

    private Started start() throws IOException {
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream keys = new PipedOutputStream(in);
        Screen screen = new Screen();
        Terminal terminal = TerminalBuilder.builder()
                .system(false)
                .streams(in, screen)
                .dumb(true)
                .type("dumb")
                .build();
        Shell shell = new Shell(terminal, Map.of("HOME", home.toString()), false, home.resolve(".concdemo_history"));
        Thread thread = Thread.ofPlatform().name("shell-under-test").start(shell::run);
        return new Started(shell, thread, keys, screen, terminal);
    }

    /** Types {@code line} once the shell has prompted for it, as a person does. */
    private static void typeAtThePrompt(Started s, String line) throws Exception {
        assertTrue(
                s.screen().waitFor("concdemo> ", 20_000),
                "the first prompt: " + s.screen().text());
        int prompts = count(s.screen().text(), "concdemo> ");
        s.type(line);
        assertTrue(
                Poll.until(Duration.ofSeconds(20), () -> count(s.screen().text(), "concdemo> ") > prompts),
                "prompted again after '" + line + "': " + s.screen().text());
    }

    private static void exit(Started s) throws Exception {
        s.type("exit");
        s.thread().join(20_000);
        assertTrue(!s.thread().isAlive(), "the shell left on 'exit'");
        s.terminal().close();
    }

    @Test
    void runsCommandsInSessionsOfTheirOwnWithTheSettingsAndGoesOnAfterFailures() throws Exception {
        Started s = start();
        for (String line : List.of(
                "set time-scale 0.1",
                "set lang zh",
                "deadlock",
                "deadlock",
                "race --threads 1",
                "explain nosuch",
                "set lang xx",
                "nosuchcommand")) {
            typeAtThePrompt(s, line);
        }
        exit(s);
        String out = s.screen().text();

        assertEquals(2, count(out, "两个线程以相反的顺序获取同样的两把锁"), out); // lang zh reached the scenario
        assertTrue(out.contains("小结（未修复，--fix none）"), out);
        // each run has its own clock: both report a short run, not the shell's age
        Matcher elapsed = Pattern.compile("elapsed\\s+([\\d.]+) s").matcher(out);
        List<Double> runs = new ArrayList<>();
        while (elapsed.find()) {
            runs.add(Double.parseDouble(elapsed.group(1)));
        }
        assertEquals(2, runs.size(), out);
        runs.forEach(seconds -> assertTrue(seconds < 1.5, "time-scale 0.1 reached deadlock: " + runs));
        assertTrue(out.contains("concdemo race: --threads"), out);
        assertTrue(out.contains("concdemo explain: unknown topic 'nosuch'"), out);
        assertTrue(out.contains("set: --lang must be one of en, zh, not 'xx'"), out);
        assertTrue(out.contains("concdemo: unknown command 'nosuchcommand'"), out);
        assertEquals(5, s.shell().runs());
        assertEquals(0, s.shell().leftBehind(), out);
        String history = Files.readString(home.resolve(".concdemo_history"));
        assertTrue(history.contains("deadlock") && history.contains("set lang zh"), history);
    }

    @Test
    void aCancelStopsTheRunAndTheShellGoesOn() throws Exception {
        Started s = start();
        s.type("deadlock");
        // The first lock taken, by whichever thread runs first; the seed's 2 s sleep inside func2 comes
        // after it, so the run is still going when the interrupt lands.
        assertTrue(s.screen().waitFor(" got lock ", 20_000), s.screen().text());
        s.shell().interrupt(); // what Ctrl-C does while a command runs
        assertTrue(
                s.screen().waitFor("concdemo deadlock: interrupted after", 10_000),
                s.screen().text());
        s.type("list");
        assertTrue(
                s.screen().waitFor("0. The catalogue itself", 10_000),
                s.screen().text());
        exit(s);
        assertEquals(0, s.shell().leftBehind(), s.screen().text());
        assertTrue(ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive));
    }

    @Test
    void settingsApplyOnlyWhereTheCommandTakesThem() throws Exception {
        Started s = start();
        s.type("set time-scale 0.2");
        s.type("set color never");
        exit(s);
        Shell shell = s.shell();
        assertEquals(
                List.of("deadlock", "--time-scale=0.2", "--color=never"),
                shell.withSettings(List.of("deadlock")).stream()
                        .sorted(this::settingsLast)
                        .toList());
        assertEquals(List.of("list"), shell.withSettings(List.of("list")), "list takes neither");
        assertEquals(
                List.of("deadlock", "--time-scale", "1", "--color=never"),
                shell.withSettings(List.of("deadlock", "--time-scale", "1")),
                "what is typed wins");
    }

    @Test
    void linesFromAPipeRunAsATranscript() {
        StringWriter text = new StringWriter();
        Shell shell = new Shell(
                new ByteArrayInputStream(
                        "set lang zh\nrace --time-scale 0.1\nbogus\nexit\nlist\n".getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(text, true),
                Map.of());
        assertEquals(0, shell.run());
        String out = text.toString();
        assertTrue(out.contains("concdemo> race --time-scale 0.1"), out);
        assertTrue(out.contains("次试验"), out); // the race's summary, in Chinese
        assertTrue(out.contains("concdemo: unknown command 'bogus'"), out);
        assertTrue(!out.contains("0. The catalogue itself"), "nothing runs after exit: " + out);
        assertEquals(2, shell.runs());
        assertEquals(0, shell.leftBehind());
    }

    /** A shell reading {@code lines}, each command run by {@code launcher} instead of concdemo. */
    private static Shell shellOf(String lines, StringWriter text, Shell.Launcher launcher) {
        return new Shell(
                new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(text, true),
                Map.of(),
                launcher);
    }

    @Test
    void aCommandsFailureIsOneLineAndTheShellGoesOn() {
        StringWriter text = new StringWriter();
        Shell shell = shellOf("broken\nfine\n", text, (session, args) -> {
            if (args[0].equals("broken")) {
                throw new IllegalStateException("a bug in building the command");
            }
            session.out().println("ran " + args[0]);
            return 0;
        });
        assertEquals(0, shell.run());
        String out = text.toString();
        assertTrue(
                out.contains("concdemo broken: java.lang.IllegalStateException: a bug in building the command"), out);
        assertTrue(out.contains("ran fine"), "the shell went on: " + out);
        assertEquals(2, shell.runs());
    }

    @Test
    void anErrorIsNotACommandsFailureAndEndsTheShell() {
        StringWriter text = new StringWriter();
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        Shell shell = shellOf("greedy\nfine\n", text, (session, args) -> {
            if (args[0].equals("greedy")) {
                throw oom;
            }
            session.out().println("ran " + args[0]);
            return 0;
        });
        assertSame(oom, assertThrows(OutOfMemoryError.class, shell::run), "not swallowed");
        assertFalse(text.toString().contains("ran fine"), "nothing runs after it: " + text);
    }

    private int settingsLast(String a, String b) {
        return Boolean.compare(a.startsWith("--"), b.startsWith("--")) != 0
                ? Boolean.compare(a.startsWith("--"), b.startsWith("--"))
                : a.startsWith("--time") ? -1 : b.startsWith("--time") ? 1 : 0;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
