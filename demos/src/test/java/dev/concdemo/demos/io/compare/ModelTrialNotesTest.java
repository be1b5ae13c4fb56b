package dev.concdemo.demos.io.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.concdemo.demos.io.fib.server.Model;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A model's note says everything that qualifies its figures: one reason never hides another. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ModelTrialNotesTest {
    @Test
    void errorsWhileWarmingUpAreKeptBesideSyncsUnmeasuredIdleConnections() {
        assertEquals(
                "errors while warming up; idle connections not measured: it serves one client at a time",
                ModelTrial.notes(true, Model.SYNC, 0, 1000));
    }

    @Test
    void errorsWhileWarmingUpAreKeptBesideFewerIdleConnections() {
        assertEquals(
                "errors while warming up; 8 idle connections, not 1000: a child JVM each; --full holds "
                        + Model.PROCESS.servesAtMost(),
                ModelTrial.notes(true, Model.PROCESS, 8, 1000));
    }

    @Test
    void aModelThatHeldWhatItWasAskedNeedsNoNote() {
        assertEquals("", ModelTrial.notes(false, Model.NIO, 1000, 1000));
    }
}
