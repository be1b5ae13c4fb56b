package dev.concdemo.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Runs a scenario command as the CLI would, a fresh instance per run, and keeps what it printed. */
public final class CommandUnderTest {
    private final Supplier<Object> factory;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    public CommandUnderTest(Supplier<Object> factory) {
        this.factory = factory;
    }

    /** Runs the command; returns its exit code. Output of earlier runs is discarded. */
    public int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new CommandLine(factory.get())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }

    /** Runs the command, which must succeed, and parses the one JSON document it printed. */
    public JsonNode json(String... args) throws Exception {
        assertEquals(0, run(args), err.toString());
        return new ObjectMapper().readTree(out.toString()); // fails on anything else mixed in
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }
}
