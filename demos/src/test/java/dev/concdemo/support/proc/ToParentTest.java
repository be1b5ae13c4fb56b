package dev.concdemo.support.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ToParentTest {
    sealed interface Said permits Served, Failed {}

    record Served(int requests, int errors) implements Said {}

    record Failed(String why) implements Said {}

    @Test
    void aMessageIsOneMarkedLineAndComesBackTyped() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ToParent.send(out, new Served(3, 0));
        ToParent.send(out, new Failed("no socket on stdin"));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith(ToParent.MARK), lines[0]);
        assertEquals(Optional.of(new Served(3, 0)), ToParent.read(lines[0], Said.class));
        assertEquals(Optional.of(new Failed("no socket on stdin")), ToParent.read(lines[1], Said.class));
    }

    @Test
    void aPlainLineIsNoMessageAndAMalformedOneIsAnError() {
        assertEquals(Optional.empty(), ToParent.read("pid 12: running", Said.class));
        assertThrows(RuntimeException.class, () -> ToParent.read("#Nonsense x=1", Said.class));
    }
}
