package dev.concdemo.demos.proc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.term.Width;
import org.junit.jupiter.api.Test;

/** The widest pid label is at least as wide as this process's own: the label column never grows mid-run. */
class PidLabelsTest {
    @Test
    void theWidestPidIsNoNarrowerThanAPidThisMachineHandedOut() {
        String own = "pid " + ProcessHandle.current().pid();
        String widest = PidLabels.widest();
        // /proc/sys/kernel/pid_max reports size 0; read as if that were true, it gave "pid 2".
        assertTrue(Width.of(widest) >= Width.of(own), widest + " is narrower than " + own);
    }
}
