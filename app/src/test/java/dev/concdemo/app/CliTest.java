package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.cli.Swallowed;
import dev.concdemo.support.term.Width;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line contract: exit codes, one-line usage errors, list, version, completion. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private List<String> errLines() {
        return err.toString().lines().toList();
    }

    @Test
    void listPrintsTheCatalogueByChapterWithSeeds() {
        assertEquals(0, run("list"));
        String text = out.toString();
        assertTrue(text.contains("0. The catalogue itself"), text);
        assertTrue(text.contains("2. Threads and synchronization"), text);
        List<String> lines = text.lines().toList();
        int deadlock = lines.indexOf(lines.stream()
                .filter(l -> l.startsWith("  deadlock "))
                .findFirst()
                .orElseThrow());
        assertEquals("seed 001 死锁与递归锁", lines.get(deadlock + 1).strip(), "the seed under the scenario: " + text);
        assertTrue(err.toString().isEmpty());
    }

    @Test
    void listShowsOnlyCommandsThatExistAndEachOneRuns() {
        run("list");
        List<String> listed = out.toString()
                .lines()
                .filter(l -> l.startsWith("  ") && !l.startsWith("   "))
                .map(l -> l.strip().split("\\s+")[0])
                .toList();
        assertEquals(Registry.names(), listed, "the catalogue lists exactly the registered commands, in order");
        for (String name : listed) {
            StringWriter helpOut = new StringWriter();
            int code = Main.run(new PrintWriter(helpOut), new PrintWriter(new StringWriter()), name, "--help");
            assertEquals(0, code, name + " --help");
            assertTrue(helpOut.toString().contains("Usage: concdemo " + name), name + " --help: " + helpOut);
        }
    }

    @Test
    void noArgumentsIsTheCatalogueToo() {
        assertEquals(0, run());
        StringWriter listed = new StringWriter();
        Main.run(new PrintWriter(listed), new PrintWriter(new StringWriter()), "list");
        assertEquals(listed.toString(), out.toString());
    }

    @Test
    void theCatalogueThroughPicocliEqualsTheFastPath() {
        // `concdemo list` skips picocli; `concdemo --debug list` goes through it.
        assertEquals(0, run("--debug", "list"));
        StringWriter fast = new StringWriter();
        Main.run(new PrintWriter(fast), new PrintWriter(new StringWriter()), "list");
        assertEquals(fast.toString(), out.toString());
    }

    @Test
    void versionComesFromTheBuild() {
        assertEquals(0, run("--version"));
        assertTrue(
                out.toString().matches("(?s)concdemo \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\RJava 2[5-9].*"), out.toString());
    }

    @Test
    void helpShowsEveryCommandAndAnExample() {
        assertEquals(0, run("--help"));
        String text = out.toString();
        Registry.names().forEach(name -> assertTrue(text.contains("  " + name + " "), name + " in --help"));
        assertTrue(text.contains("Examples:"));
        out.getBuffer().setLength(0);
        assertEquals(0, run("help", "deadlock"));
        assertTrue(out.toString().contains("--fix=FIX"));
    }

    @Test
    void everyCommandsHelpFitsOneHundredColumnsAndItsExamplesKeepTheirIndent() {
        for (String name : Registry.names()) {
            out.getBuffer().setLength(0);
            assertEquals(0, run(name, "--help"), name);
            List<String> lines = out.toString().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                assertTrue(Width.of(lines.get(i)) <= Width.COLUMNS, name + ": " + lines.get(i));
                if (i > 0
                        && lines.get(i - 1).startsWith("  concdemo ")
                        && !lines.get(i).isEmpty()) {
                    assertTrue(
                            lines.get(i).startsWith(" "), name + ": an example wrapped to column 0: " + lines.get(i));
                }
            }
            assertFalse(out.toString().contains("...]...]"), name + ": a list option's label said twice");
        }
    }

    @Test
    void completionIsABashScriptForEveryCommandAndOption() {
        assertEquals(0, run("completion"));
        String script = out.toString();
        assertTrue(
                script.startsWith(CompletionCommand.HEADER),
                script.lines().findFirst().orElse(""));
        assertFalse(script.contains(".bash_profile"), "not picocli's generic install notes");
        assertFalse(script.contains("(see ["), "no references to notes that are not there");
        for (String word : List.of("deadlock", "list", "--fix", "--time-scale", "--json", "rlock", "trylock")) {
            assertTrue(script.contains(word), "completion knows " + word);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "deadlock --bogus            | concdemo deadlock: unknown option '--bogus'",
                "zzqx                        | concdemo: unknown command 'zzqx'",
                "deadlock --fix sometimes    | concdemo deadlock: --fix must be one of none, rlock, order, trylock,"
                        + " not 'sometimes'",
                "deadlock --seed abc         | concdemo deadlock: --seed must be a whole number, not 'abc'",
                "deadlock --seed 1.5         | concdemo deadlock: --seed must be a whole number, not '1.5'",
                "deadlock --threads 3x       | concdemo deadlock: --threads must be a whole number, not '3x'",
                "c10k --steps 1000,abc       | concdemo c10k: --steps must be a whole number, not 'abc'",
                "primes --procs 2,x          | concdemo primes: --procs must be a whole number, not 'x'",
                "deadlock --threads 0        | concdemo deadlock: --threads must be from 2 to 200 (a deadlock needs"
                        + " two), not '0'",
                "deadlock --time-scale 0     | concdemo deadlock: --time-scale must be a number more than 0 and at"
                        + " most 100, not '0'",
                "deadlock --time-scale -2    | concdemo deadlock: --time-scale must be a number more than 0 and at"
                        + " most 100, not '-2'",
                "deadlock --time-scale 1e9   | concdemo deadlock: --time-scale must be a number more than 0 and at"
                        + " most 100, not '1e9'",
                "deadlock --time-scale fast  | concdemo deadlock: --time-scale must be a number more than 0 and at"
                        + " most 100, not 'fast'",
                "race --threads 300          | concdemo race: --threads must be from 2 to 200 (a race needs two), not"
                        + " '300'",
                "serve --time-scale 2        | concdemo serve: unknown option '--time-scale'",
                "primes --seed 3             | concdemo primes: unknown option '--seed'",
                "primes --procs 1 --threads 1 | concdemo primes: --procs and --threads exclude each other: give one",
                "deadlock --color sometimes  | concdemo deadlock: --color must be one of auto, always, never, not"
                        + " 'sometimes'",
                "foo                         | concdemo: unknown command 'foo'",
                "serv                        | concdemo: unknown command 'serv' (did you mean 'serve'?)",
                "help nosuch                 | concdemo: unknown command 'nosuch'",
                "help serv                   | concdemo: unknown command 'serv' (did you mean 'serve'?)",
                "deadlock --tread 3          | concdemo deadlock: unknown option '--tread' (did you mean '--threads'?)",
                "deadlock --seed             | concdemo deadlock: Missing required parameter for option '--seed' (N)",
                "--bogus                     | concdemo: unknown option '--bogus'",
                "deadlock extra              | concdemo deadlock: unexpected argument 'extra'",
            })
    void aUsageErrorIsOneLinePlusWhereToLookAndExitsTwo(String args, String message) {
        assertEquals(2, run(args.strip().split("\\s+")));
        String command = message.substring(0, message.indexOf(':'));
        assertEquals(List.of(message, "See '" + command + " --help'."), errLines());
        assertTrue(out.toString().isEmpty(), "no usage dump on stdout");
    }

    @Test
    void aMistypedCommandGetsSuggestions() {
        assertEquals(2, run("dedlock"));
        assertTrue(
                errLines().getFirst().startsWith("concdemo: unknown command 'dedlock' (did you mean 'deadlock'"),
                err.toString());
        assertEquals("See 'concdemo --help'.", errLines().get(1));
    }

    @Test
    void versionOnASubcommandToo() {
        assertEquals(0, run("deadlock", "-V"));
        assertTrue(out.toString().startsWith("concdemo "), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("serve", "--version"));
        assertTrue(out.toString().startsWith("concdemo "), out.toString());
    }

    @Test
    void enumValuesCompleteInLowerCase() {
        assertEquals(0, run("completion"));
        String script = out.toString();
        for (String values : List.of(
                "\"latency\" \"rps\"",
                "\"none\" \"rlock\" \"order\" \"trylock\"",
                "\"thread\" \"process\"",
                "\"auto\" \"always\" \"never\"")) {
            assertTrue(script.contains(values), "completion offers '" + values + "'");
        }
        assertFalse(script.contains("LATENCY"), "no upper-case enum names");
    }

    @Test
    void aScenarioRunsThroughTheCliAndPrintsJson() throws Exception {
        assertEquals(0, run("deadlock", "--time-scale", "0.02", "--json"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertTrue(json.get("deadlocked").asBoolean());
        assertEquals(2, json.get("cycle").size());
    }

    @Command(name = "explode")
    static final class Exploding implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("boom");
        }
    }

    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new ScenarioFailure("the server closed the connection after 2 answers");
        }
    }

    /** concdemo's command line with one more command, which throws; settings reapplied to reach it. */
    private CommandLine withExploding() {
        return Main.commandLine(new PrintWriter(out), new PrintWriter(err), "explode")
                .addSubcommand(new Exploding())
                .addSubcommand(new Failing())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .setExecutionExceptionHandler(new Failures());
    }

    @Test
    void aFailureIsOneLineAndExitsOneAndTheStackTraceOnlyWithDebug() {
        assertEquals(1, withExploding().execute("explode"));
        assertEquals(List.of("concdemo explode: error: boom (--debug shows the stack trace)"), errLines());

        err.getBuffer().setLength(0);
        assertEquals(1, withExploding().execute("explode", "--debug"));
        assertEquals("concdemo explode: error: boom", errLines().getFirst());
        assertTrue(err.toString().contains("at dev.concdemo.app.CliTest$Exploding.call"), "stack trace with --debug");
        assertFalse(out.toString().contains("boom"));
    }

    /** A command that goes on from a failure, as a scenario closing a socket its peer has closed. */
    @Command(name = "swallow")
    static final class Swallowing implements Callable<Integer> {
        @Override
        public Integer call() {
            Swallowed.report("closing a socket the client had closed", new SocketException("Broken pipe"));
            return 0;
        }
    }

    /** --debug is the root's option, inherited by every command: before or after the command's name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"swallow, false", "swallow --debug, true", "--debug swallow, true"})
    void debugShowsTheFailuresARunWentOnFromWhereverItIsGiven(String line, boolean shown) {
        CommandLine concdemo = withExploding().addSubcommand(new Swallowing());
        assertEquals(0, concdemo.execute(line.split(" ")), err.toString());
        List<String> expected = shown
                ? List.of("debug: went on after closing a socket the client had closed failed:"
                        + " java.net.SocketException: Broken pipe")
                : List.of();
        assertEquals(expected, errLines());
        assertEquals("", out.toString(), "on standard error only");
    }

    @Test
    void aFailureTheScenarioExplainsOffersNoStackTrace() {
        assertEquals(1, withExploding().execute("fail"));
        assertEquals(List.of("concdemo fail: error: the server closed the connection after 2 answers"), errLines());
    }
}
