package dev.concdemo.demos.sync.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A schedule as typed: parsed, then checked against the program before anything runs. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ScheduleTest {
    @ParameterizedTest
    @ValueSource(strings = {"1,1,2", "1 1 2", " 1, 1  2 "})
    void commasOrSpacesSeparateTheThreads(String typed) {
        assertEquals(List.of(1, 1, 2), Schedule.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "x", "", "1,,a", "1,-2", "1.5"})
    void anythingButThreadNumbersIsRejected(String typed) {
        assertThrows(IllegalArgumentException.class, () -> Schedule.parse(typed));
    }

    @Test
    void aThreadTheProgramLacksIsNamed() {
        assertEquals("step 2 asks for T3; ticket has 2 threads", problem(ProgramName.TICKET, "1,3"));
    }

    @Test
    void aBlockedThreadIsNamedWithWhatBlocksIt() {
        // 1: T1 takes mutexA; 2: T2 takes mutexB; 3: T1 wants mutexB.
        assertEquals("step 3 asks for T1, which cannot move: mutexB is held by T2", problem(ProgramName.ABBA, "1,2,1"));
    }

    @Test
    void anEndedThreadCannotMoveEither() {
        String said = problem(ProgramName.LAZY_INIT, "1,1,1");
        assertEquals(true, said != null && said.startsWith("step 3 asks for T1, which cannot move: "), said);
    }

    @Test
    void aPlayableScheduleHasNoProblem() {
        assertNull(problem(ProgramName.TICKET, "1,1,2,1,2,2"));
        assertNull(problem(ProgramName.ABBA, "1,2"));
    }

    private static String problem(ProgramName name, String typed) {
        Machine machine = new Machine(name.build(Variant.BROKEN, name.threads));
        Words english = new Words(name, Texts.of(Words.class, Lang.EN));
        return Schedule.problem(machine, Schedule.parse(typed), english::reason);
    }
}
