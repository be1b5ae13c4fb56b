package dev.concdemo.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Runs a scenario command as the CLI would: a fresh instance per run, in a fresh
 * {@link Session} writing to strings, with the CLI's execution strategy (clock, cancel,
 * trace); keeps what it printed.
 */
public final class CommandUnderTest {
    private final Function<Session, Object> factory;
    // volatile: a test may read what a run has printed so far from another thread
    private volatile StringWriter out = new StringWriter();
    private volatile StringWriter err = new StringWriter();
    private Session session;

    public CommandUnderTest(Function<Session, Object> factory) {
        this.factory = factory;
    }

    /** Runs the command; returns its exit code. Output of earlier runs is discarded. */
    public int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        session = Session.of(new PrintWriter(out), new PrintWriter(err));
        return commandLine(session).execute(args);
    }

    /** The command as the CLI builds it, in {@code session}, not yet run. */
    public CommandLine commandLine(Session in) {
        this.session = in;
        return ScenarioCommand.addOptions(new CommandLine(factory.apply(in), new SessionFactory(in)))
                .setOut(in.out())
                .setErr(in.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionStrategy(new SessionStrategy(in));
    }

    /** Runs the command, which must succeed, and parses the one JSON document it printed. */
    public JsonNode json(String... args) throws Exception {
        assertEquals(0, run(args), err.toString());
        return new ObjectMapper().readTree(out.toString()); // fails on anything else mixed in
    }

    /** The session of the last run. */
    public Session session() {
        return session;
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }
}
