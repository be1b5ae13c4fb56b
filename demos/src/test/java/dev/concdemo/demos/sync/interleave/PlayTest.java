package dev.concdemo.demos.sync.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The game without a terminal: keys in, the screen and the report out. */
@Timeout(30)
class PlayTest {
    private static Play play(ProgramName name, Variant variant) {
        Session session = Session.of(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        Machine machine = new Machine(name.build(variant, name.threads));
        Words words = new Words(name, Texts.of(Words.class, Lang.EN));
        return new Play(session, machine, words, Narrator.silent());
    }

    private static void keys(Play play, String keys) {
        for (char key : keys.toCharArray()) {
            play.handle(key);
        }
    }

    private static String screen(Play play) {
        return String.join("\n", play.screen(100));
    }

    @Test
    void ticketsGoalIsReachedAfterSixSteps() {
        Play play = play(ProgramName.TICKET, Variant.BROKEN);
        keys(play, "112122");
        assertEquals(6, play.report().brokenAtStep());
        assertTrue(play.report().broken());
        assertEquals(List.of(1, 1, 2, 1, 2, 2), play.report().schedule());
    }

    @Test
    void aBlockedThreadIsRefusedWithTheReason() {
        Play play = play(ProgramName.ABBA, Variant.BROKEN);
        keys(play, "12");
        assertEquals(2, play.report().brokenAtStep());
        play.handle('1');
        assertTrue(screen(play).contains("T1 cannot move: mutexB is held by T2"), screen(play));
        assertEquals(2, play.steps());
    }

    @Test
    void aThreadThatDoesNotExistIsRefused() {
        Play play = play(ProgramName.TICKET, Variant.BROKEN);
        play.handle('3');
        assertEquals(0, play.steps());
        assertTrue(play.report().schedule().isEmpty());
    }

    @Test
    void undoUnbreaksAndRestartStartsAgain() {
        Play play = play(ProgramName.TICKET, Variant.BROKEN);
        keys(play, "112122");
        play.handle('u');
        assertNull(play.report().brokenAtStep());
        assertEquals(5, play.steps());
        play.handle('r');
        assertEquals(0, play.steps());
        assertNull(play.report().brokenAtStep());
    }

    @Test
    void everyScreenLineFitsTheColumns() {
        for (ProgramName name : ProgramName.values()) {
            for (Variant variant : Variant.values()) {
                for (int columns : new int[] {60, 100}) {
                    Play play = play(name, variant);
                    for (String keys : new String[] {"", "1", "12", "?", "9"}) {
                        keys(play, keys);
                        for (String line : play.screen(columns)) {
                            String shown = Narrator.silent().render(line);
                            assertTrue(Width.of(shown) <= columns, name + " " + variant + " " + columns + ": " + shown);
                        }
                    }
                }
            }
        }
    }
}
