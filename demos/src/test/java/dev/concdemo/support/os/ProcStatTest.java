package dev.concdemo.support.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The one /proc reader, on this JVM: what it says agrees with what the JDK says. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ProcStatTest {
    @Test
    void thisProcessAsLinuxSeesIt() {
        ProcStat self = ProcStat.self().orElseThrow();
        assertTrue("RS".indexOf(self.state()) >= 0, "its main thread runs or sleeps: " + self.state());
        assertEquals(ProcessHandle.current().parent().orElseThrow().pid(), self.ppid());
        assertTrue(self.threads() >= Thread.activeCount(), self.threads() + " threads");
        assertTrue(self.rssKb() > 10_000, self.rssKb() + " KiB resident: a JVM is tens of MiB");
        assertTrue(self.userNanos() > 0 && self.runNanos() > 0, self.toString());
        assertTrue(ProcStat.of(Long.MAX_VALUE / 2).isEmpty(), "no such process");
    }
}
