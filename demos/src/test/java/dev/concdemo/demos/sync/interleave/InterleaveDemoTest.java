package dev.concdemo.demos.sync.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.term.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command as the CLI runs it: --explore's and --schedule's JSON, replays that repeat
 * themselves, usage errors, the bound on states, the listing off a terminal, the width.
 * Ticket's --explore also runs 1,000 pairs of real threads: it runs twice here, no more.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class InterleaveDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(InterleaveDemo::new);

    @Test
    void ticketsExploreJsonHasTheCountsAndTheRealRunsShape() throws Exception {
        JsonNode r = cli.json("ticket", "--explore", "--json");
        assertEquals("ticket", r.get("program").asText());
        assertEquals("broken", r.get("variant").asText());
        assertEquals(2, r.get("threads").asInt());
        assertEquals(20, r.get("interleavings").asLong(), "C(6,3)");
        assertEquals(22, r.get("states").asInt(), r.toString());
        assertEquals(18, r.get("bad").asLong(), r.toString());
        assertEquals(r.get("interleavings").asLong(), sum(r.get("outcomes")), r.toString());
        assertEquals(List.of(1, 1, 2, 1, 2, 2), ints(r.get("shortestFailingSchedule")));
        JsonNode real = r.get("realScheduler");
        // The real scheduler's share varies from run to run and machine to machine: only the shape.
        assertEquals(2, real.get("threads").asInt());
        assertEquals(1000, real.get("runs").asInt());
        int lost = real.get("lost").asInt();
        assertTrue(lost >= 0 && lost <= 1000, real.toString());
        assertEquals(20, real.get("pausedRuns").asInt());
        int pausedLost = real.get("pausedLost").asInt();
        assertTrue(pausedLost >= 0 && pausedLost <= 20, real.toString());
    }

    @Test
    void theFixedTicketsExploreJsonHasNoFailingSchedule() throws Exception {
        JsonNode r = cli.json("ticket", "--variant", "fixed", "--explore", "--json");
        assertEquals("fixed", r.get("variant").asText());
        assertEquals(2, r.get("interleavings").asLong(), "2! orders of taking the mutex");
        assertEquals(0, r.get("bad").asLong());
        assertTrue(r.get("shortestFailingSchedule").isNull(), r.toString());
        assertTrue(r.get("realScheduler").isNull(), "real threads only for the broken ticket: " + r);
        assertEquals(2, sum(r.get("outcomes")));
    }

    @ParameterizedTest
    @EnumSource(ProgramName.class)
    void replayingAScheduleTwiceTellsTheSameStory(ProgramName name) throws Exception {
        String schedule = commas(ProgramsTest.explore(name, Variant.BROKEN).shortestFailing());
        JsonNode first = cli.json(name.toString(), "--schedule", schedule, "--json");
        JsonNode second = cli.json(name.toString(), "--schedule", schedule, "--json");
        assertEquals(first.get("moves"), second.get("moves"));
        assertEquals(first.get("outcome"), second.get("outcome"));
        assertEquals(first, second);
    }

    @ParameterizedTest
    @EnumSource(ProgramName.class)
    void theShortestFailingScheduleBreaksItExactlyAtItsLastStep(ProgramName name) throws Exception {
        List<Integer> shortest = ProgramsTest.explore(name, Variant.BROKEN).shortestFailing();
        JsonNode r = cli.json(name.toString(), "--schedule", commas(shortest), "--json");
        assertTrue(r.get("broken").asBoolean(), r.toString());
        assertEquals(shortest.size(), r.get("brokenAtStep").asInt(), r.toString());
        assertEquals(shortest.size(), r.get("moves").size());
        assertEquals(shortest, ints(r.get("schedule")));
    }

    @Test
    void aReplayedMoveShowsWhatItWroteEvenWhenTheValueWasAlreadyThere() throws Exception {
        JsonNode r = cli.json("ticket", "--schedule", "1,1,2,1,2,2", "--json");
        JsonNode last = r.get("moves").get(5);
        assertEquals(2, last.get("thread").asInt());
        assertEquals(3, last.get("line").asInt());
        assertTrue(texts(last.get("changes")).contains("ticket = 9"), last.toString());
        assertEquals("ticket = 9", r.get("outcome").asText());
    }

    static List<List<String>> usageErrors() {
        return List.of(
                List.of("ticket", "--explore", "--schedule", "1,2", "--explore and --schedule: give one of them"),
                List.of("ticket", "--json", "--json needs --explore or --schedule"),
                List.of("pills", "--threads", "3", "--explore", "pills has a fixed cast of 3 threads"),
                List.of("ticket", "--threads", "9", "--explore", "--threads must be between 2 and 8 for ticket, not 9"),
                List.of("tickets", "--explore", "expected one of"),
                List.of("ticket", "--schedule", "1,x", "--schedule: expected thread numbers such as 1,1,2, not 'x'"),
                List.of("ticket", "--schedule", "1,3", "--schedule: step 2 asks for T3; ticket has 2 threads"),
                List.of(
                        "abba",
                        "--schedule",
                        "1,2,1",
                        "--schedule: step 3 asks for T1, which cannot move: mutexB is held by T2"));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void aBadCommandIsAUsageErrorInOneMessage(List<String> argsThenMessage) {
        String[] args = argsThenMessage.subList(0, argsThenMessage.size() - 1).toArray(String[]::new);
        String message = argsThenMessage.getLast();
        assertEquals(2, cli.run(args), cli.err());
        assertTrue(cli.out().isEmpty(), "nothing ran: " + cli.out());
        List<String> said = said(cli.err());
        assertEquals(1, said.size(), "one message: " + cli.err());
        assertTrue(said.getFirst().contains(message), cli.err());
    }

    @Test
    void sevenTicketBuyersAreTooManyToExploreAndTheRunSaysItStopped() {
        assertEquals(1, cli.run("ticket", "--threads", "7", "--explore"));
        List<String> failure =
                cli.err().lines().filter(l -> l.contains("Stopped:")).toList();
        assertEquals(1, failure.size(), cli.err());
        assertTrue(failure.getFirst().contains("over 200,000 distinct states with 7 threads"), cli.err());
        assertFalse(cli.out().contains("Every interleaving visited"), "nothing was counted: " + cli.out());
    }

    @Test
    void offATerminalWithNoModeItListsTheProgramAndSaysWhatToTry() {
        assertEquals(0, cli.run("ticket", "--no-color"), cli.err());
        String out = cli.out();
        assertTrue(out.contains("1 tmp = ticket"), out);
        assertTrue(out.contains("3 ticket = tmp"), out);
        assertTrue(out.contains("Not a terminal"), out);
        assertTrue(out.contains("--schedule"), out);
        assertTrue(out.contains("--explore"), out);
    }

    static List<List<String>> everyExplore() {
        List<List<String>> runs = new ArrayList<>();
        for (ProgramName name : ProgramName.values()) {
            for (Variant variant : Variant.values()) {
                runs.add(List.of(name.toString(), variant.toString()));
            }
        }
        return runs;
    }

    @ParameterizedTest
    @MethodSource("everyExplore")
    void everyExploresLinesFitTheColumns(List<String> run) {
        assertEquals(0, cli.run(run.get(0), "--variant", run.get(1), "--explore", "--no-color"), cli.err());
        cli.out().lines().forEach(line -> assertTrue(Width.of(line) <= Width.COLUMNS, "too wide: " + line));
        assertTrue(cli.out().contains("Every interleaving visited"), cli.out());
    }

    /**
     * The error's message: the lines before the usage that picocli prints after it here (the
     * CLI's own handler prints the message alone, then a pointer to --help).
     */
    private static List<String> said(String err) {
        return err.lines().takeWhile(l -> !l.startsWith("Usage:")).toList();
    }

    private static long sum(JsonNode outcomes) {
        long total = 0;
        for (JsonNode count : outcomes) {
            total += count.asLong();
        }
        return total;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asInt()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asText()));
        return out;
    }

    private static String commas(List<Integer> schedule) {
        return String.join(",", schedule.stream().map(String::valueOf).toList());
    }
}
