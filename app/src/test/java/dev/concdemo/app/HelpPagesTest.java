package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The help pages the build renders into the jar are what picocli renders now, for every command, both ways. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HelpPagesTest {
    @Test
    void everyCommandsPageInTheJarIsWhatPicocliRendersNowPlainAndColoured() throws IOException {
        for (String command : HelpPages.commands()) {
            for (boolean colour : new boolean[] {false, true}) {
                String resource = HelpPages.resource(command, colour);
                try (InputStream in = HelpPages.class.getResourceAsStream(resource)) {
                    assertNotNull(in, resource + " is rendered in process-classes, before the tests");
                    assertEquals(
                            HelpPages.render(command, colour),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8),
                            resource);
                }
            }
        }
    }

    @Test
    void aPageIsPlainOffATerminalAndColouredOnOne() {
        String plain = HelpPages.render("deadlock", false);
        String coloured = HelpPages.render("deadlock", true);
        assertTrue(plain.startsWith("Usage: concdemo deadlock "), plain);
        assertFalse(plain.contains("\u001b["), "no escape codes off a terminal");
        assertTrue(coloured.contains("\u001b["), "escape codes on a terminal");
    }

    @Test
    void theRenderingIsWhatTheCommandLinePrintsForHelp() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "race", "-h"));
        assertEquals(HelpPages.render("race", false), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void onlyACommandLineThatAsksForAPageAndNothingElseIsAnsweredFromTheJar() {
        assertEquals("deadlock", HelpPages.asked("deadlock", "--help"));
        assertEquals("deadlock", HelpPages.asked("deadlock", "-h"));
        assertEquals(HelpPages.ROOT, HelpPages.asked("--help"));
        assertEquals(HelpPages.ROOT, HelpPages.asked("-h"));
        assertNull(HelpPages.asked("deadlock", "--fix", "order", "--help"), "picocli parses the rest");
        assertNull(HelpPages.asked("deadlock"));
        assertNull(HelpPages.asked("../../etc", "--help"), "a name, not a path");
        assertNull(HelpPages.asked());
        assertFalse(
                HelpPages.print(new PrintWriter(new StringWriter()), "nosuch", false, 100),
                "no page for an unknown name: picocli says so");
    }
}
