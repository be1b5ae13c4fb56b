package dev.concdemo.demos.os.multiprog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MultiprogTest {
    private final CommandUnderTest cli = new CommandUnderTest(MultiprogDemo::new);

    /** Worked by hand: A:3/4/2, B:2/5/3, C:4/2/1. */
    @Test
    void theDefaultJobsOverlapToTheLeastPossibleTime() {
        List<Program> jobs = Program.parse(Program.DEFAULT);
        Overlap.Result single = Overlap.oneAfterAnother(jobs);
        assertEquals(26, single.total());
        assertEquals(15, single.cpuBusy());
        Overlap.Result multi = Overlap.overlapped(jobs);
        // A computes 0-2, B 3-4, C 5-8; A's IO ends at 7 but the CPU is C's until 9; B's ends at 10.
        assertEquals(List.of("CCCiiii..CC", "...CCiiiii.CCC", ".....CCCCii...C"), multi.rows());
        assertEquals(15, multi.total());
        assertEquals(1.0, multi.utilisation());
    }

    @Test
    void ioHeavyJobsWaitForTheirIoEvenWithTheCpuFree() {
        Overlap.Result multi = Overlap.overlapped(Program.parse("A:1/9/1,B:1/9/1,C:1/9/1"));
        assertEquals(List.of("CiiiiiiiiiC", ".CiiiiiiiiiC", "..CiiiiiiiiiC"), multi.rows());
        assertEquals(13, multi.total()); // each job takes 11, but their last CPU phases queue: 10, 11, 12
        assertEquals(6, multi.cpuBusy());
        assertEquals(
                33,
                Overlap.oneAfterAnother(Program.parse("A:1/9/1,B:1/9/1,C:1/9/1"))
                        .total());
    }

    @Test
    void onOneRealCoreOverlappingIsFasterAndTheKernelSwitchesBetweenCpuBoundThreads() throws Exception {
        JsonNode r = cli.json("--unit", "20", "--spin", "200", "--json");
        JsonNode single = r.get("real").get("oneAfterAnother");
        JsonNode multi = r.get("real").get("overlapped");
        // The model says 15/26 = 0.58; a busy machine slows the CPU phases of both.
        assertTrue(
                multi.get("wallMs").asDouble() < 0.9 * single.get("wallMs").asDouble(),
                "overlapped " + multi + " vs one after another " + single);
        assertTrue(
                multi.get("utilisation").asDouble() > single.get("utilisation").asDouble());
        assertTrue(
                r.get("switching").get("together").get("involuntarySwitches").asLong() > 0,
                r.get("switching").toString());
        assertEquals(15, r.get("model").get("boundUnits").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--jobs=A:1/2", "--jobs=A:1/0/1", "--jobs=A:x", "--jobs=A:1,A:2", "--unit=1", "--spin=50"})
    void badInputIsAUsageError(String option) {
        assertEquals(2, cli.run(option));
        assertTrue(cli.out().isEmpty());
        assertTrue(cli.err().contains(option.substring(0, option.indexOf('='))), cli.err());
    }
}
