package dev.concdemo.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * A failure a run goes on from ({@link Swallowed#report}) is one line on standard error when the
 * run has {@code --debug}, on whichever command of the line it is given, and nothing otherwise;
 * nothing either outside a run, nor in a run after a run that had it.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SwallowedTest {
    private static final String SHOWN =
            "debug: went on after closing a socket the peer had closed failed: java.io.IOException: Broken pipe\n";

    /** A root with concdemo's --debug (inherited by its commands), as the app's is. */
    @Command(name = "root")
    static final class Root {
        @Option(names = "--debug", scope = ScopeType.INHERIT)
        boolean debug;
    }

    /** A run that goes on from a failure, as a scenario closing a socket its peer has closed. */
    @Command(name = "swallows")
    static final class Swallows implements Callable<Integer> {
        @Override
        public Integer call() {
            Swallowed.report("closing a socket the peer had closed", new IOException("Broken pipe"));
            return 0;
        }
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Session session = Session.of(new PrintWriter(out), new PrintWriter(err));
        return new CommandLine(new Root())
                .addSubcommand(new Swallows())
                .setOut(session.out())
                .setErr(session.err())
                .setExecutionStrategy(new SessionStrategy(session))
                .execute(args);
    }

    @Test
    void withoutDebugNothingIsShown() {
        assertEquals(0, run("swallows"));
        assertEquals("", err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void withDebugItIsOneLineOnStandardError() {
        assertEquals(0, run("--debug", "swallows"));
        assertEquals(SHOWN, err.toString().replace(System.lineSeparator(), "\n"));
        assertEquals("", out.toString());
    }

    @Test
    void debugGivenAfterTheCommandsNameCountsToo() {
        assertEquals(0, run("swallows", "--debug"));
        assertEquals(SHOWN, err.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aRunAfterADebugRunAndAFailureOutsideAnyRunShowNothing() {
        assertEquals(0, run("swallows", "--debug"));
        err.getBuffer().setLength(0);
        Swallowed.report("anything outside a run", new IOException("not shown"));
        assertEquals(0, run("swallows"));
        assertEquals("", err.toString());
    }
}
