package dev.concdemo.demos.os.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SchedDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(SchedDemo::new);

    @Test
    void everyAlgorithmSchedulesTheDefaultJobsDifferently() throws Exception {
        JsonNode r = cli.json("--json");
        assertEquals("all", r.get("algo").asText());
        assertEquals(5, r.get("schedules").size());
        java.util.Set<String> timelines = new java.util.HashSet<>();
        for (JsonNode s : r.get("schedules")) {
            timelines.add(s.get("timeline").toString().replaceAll("\"level\":\\d,?", ""));
        }
        assertEquals(5, timelines.size(), "five different schedules: " + timelines);
    }

    @Test
    void oneAlgorithmsJsonHasTheIssuesFields() throws Exception {
        JsonNode r = cli.json("--algo", "srtf", "--jobs", "A:0:8,B:1:4,C:2:9,D:3:5", "--json");
        assertEquals("srtf", r.get("algo").asText());
        assertEquals(6.5, r.get("averages").get("waiting").asDouble());
        JsonNode a = r.get("jobs").get(0);
        for (String field :
                new String[] {"name", "arrival", "burst", "firstRun", "finish", "waiting", "turnaround", "response"}) {
            assertTrue(a.has(field), field + " in " + a);
        }
        assertTrue(r.get("timeline").get(0).has("start"));
        assertTrue(!r.get("timeline").get(0).has("level"), "level only for mlfq");
        assertTrue(cli.json("--algo", "mlfq", "--json").get("timeline").get(0).has("level"));
        JsonNode preempted = cli.json("--algo", "mlfq", "--json").get("preemptions");
        assertEquals("[{\"time\":10,\"job\":\"A\",\"level\":1,\"by\":\"E\"}]", preempted.toString());
    }

    @Test
    void theVerdictsCreditTheNoteOnlyWithWhatItSays() {
        assertEquals(0, cli.run("--no-color"));
        String out = String.join(" ", cli.out().lines().map(String::strip).toList());
        String srtf = out.substring(out.indexOf("srtf favours"), out.indexOf("rr favours"));
        assertTrue(!srtf.contains("as seed 001 says"), "the note never names srtf: " + srtf);
        assertTrue(srtf.contains("srtf, sjf made preemptive"), srtf);
        assertTrue(srtf.contains("B at 1 from A"), srtf);
        String mlfq = out.substring(out.indexOf("mlfq favours"), out.indexOf("The rules"));
        assertTrue(mlfq.contains("E at 10 from A (level 1)"), mlfq);
        assertTrue(mlfq.contains("seed 001's rule"), mlfq);
        assertTrue(out.contains("units of arriving"), "a time carries its unit: " + out);
        assertEquals(0, cli.run("--algo", "mlfq", "--jobs", "A:0:8,B:1:4,C:2:9,D:3:5", "--no-color"));
        assertTrue(cli.out().contains("did not come into play"), cli.out());
    }

    @Test
    void theChineseRunHasNoEnglishProseAndCallsTheNotes笔记() {
        assertEquals(0, cli.run("--no-color", "--lang", "zh"));
        String out = cli.out();
        assertTrue(!out.contains("种子") && out.contains("笔记 001"), out);
        for (String english : new String[] {"first come", "who ran", "The rules", "favours", "One algorithm"}) {
            assertTrue(!out.contains(english), english + " in: " + out);
        }
        assertTrue(out.contains("E 在时刻 10 从 A（第 1 级）手里抢走"), out);
        assertTrue(!out.contains("。 "), "no space between Chinese sentences: " + out);
    }

    @Test
    void theChartAndTheVerdictsFitAndSayWhatWasComputed() {
        assertEquals(0, cli.run("--no-color"));
        String out = cli.out();
        assertTrue(out.contains("fcfs favours long jobs here"), out);
        assertTrue(out.contains("sjf favours short jobs here"), out);
        out.lines().forEach(l -> assertTrue(l.length() <= 100, "fits 100 columns: " + l));
        assertEquals(0, cli.run("--algo", "mlfq", "--verbose", "--no-color"));
        assertTrue(
                cli.out().contains("t=8   L0(2) [] L1(4) [A B C D] L2(8) []  -> A".replace("] L", "]  L")), cli.out());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theRealKernelSharesCpu0ByTheWeightsOfTheNiceValuesAndIgnoresJavaPriorities() throws Exception {
        JsonNode real = cli.json("--algo", "fcfs", "--real", "--json").get("real");
        // Shares among our own spinners: a process of someone else's on CPU 0 takes from all alike.
        for (JsonNode share : real.get("niced")) {
            assertEquals(
                    share.get("predictedPercent").asDouble(),
                    share.get("measuredPercent").asDouble(),
                    5.0,
                    share.toString());
        }
        for (JsonNode share : real.get("equalNice")) {
            assertEquals(100.0 / 3, share.get("measuredPercent").asDouble(), 5.0, share.toString());
        }
        for (JsonNode share : real.get("javaPriorities")) {
            assertEquals(50.0, share.get("measuredPercent").asDouble(), 10.0, share.toString());
        }
        assertTrue(ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive), "no spinner left");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "--jobs=A:0:1,A:1:2|'A:1:2': A is named twice",
                "--jobs=A:-1:2|'A:-1:2': the arrival cannot be negative",
                "--jobs=A:0:0|'A:0:0': the burst must be at least 1",
                "--jobs=A:x:2|'A:x:2': the arrival 'x' is not a number",
                "--jobs=A:0|'A:0' is not NAME:ARRIVAL:BURST",
                "--algo=lottery|one of fcfs, sjf, srtf, rr, mlfq, all, not 'lottery'",
                "--quantum=0|--quantum",
                "--algo=fcfs --quantum=3|--quantum is for rr and mlfq",
                "--algo=rr --boost=5|--boost is for mlfq"
            })
    void badInputIsAUsageErrorNamingTheBadEntry(String args, String message) {
        assertEquals(2, cli.run(args.split(" ")));
        assertTrue(cli.err().contains(message), cli.err());
        assertTrue(cli.out().isEmpty());
    }
}
