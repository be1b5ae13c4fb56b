package dev.concdemo.demos.jvm.atomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AtomicsDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(AtomicsDemo::new);

    @Test
    void everyWayCountsExactlyWithNoCasRetriesAtOneThreadAndTheSummaryAgreesWithTheFigures() throws Exception {
        JsonNode r = cli.json("--increments", "20000", "--rounds", "3", "--json");
        assertEquals(8, r.get("rows").size(), r.toString());
        Set<String> ways = new HashSet<>();
        for (JsonNode row : r.get("rows")) {
            ways.add(row.get("way").asText());
            int threads = row.get("threads").asInt();
            assertTrue(threads == 1 || threads == 2, row.toString());
            assertTrue(row.get("nsPerIncrement").asDouble() > 0, row.toString());
            assertTrue(row.get("exact").asBoolean(), "the count is threads x increments every round: " + row);
            assertEquals(threads * 20000L * 3, row.get("increments").asLong(), row.toString());
            if (row.get("way").asText().equals("AtomicLong")) {
                assertTrue(row.get("casRetries").isNumber(), row.toString());
                if (threads == 1) {
                    assertEquals(0, row.get("casRetries").asLong(), "a strong CAS alone never fails: " + row);
                }
            } else {
                assertTrue(!row.has("casRetries") || row.get("casRetries").isNull(), row.toString());
            }
        }
        assertEquals(Set.of("synchronized", "ReentrantLock", "AtomicLong", "LongAdder"), ways);
        JsonNode sharing = r.get("falseSharing");
        assertTrue(sharing.get("sameLineNs").asDouble() > 0, sharing.toString());
        assertTrue(sharing.get("paddedNs").asDouble() > 0, sharing.toString());
        assertTrue(sharing.get("exact").asBoolean(), sharing.toString());

        // The summary's sentences, from the very figures the JSON printed.
        AtomicsReport report = fromJson(r);
        List<String> sentences = AtomicsSummary.sentences(report);
        String adder = sentences.stream()
                .filter(s -> s.contains("LongAdder took"))
                .findFirst()
                .orElseThrow();
        double adderNs = report.row("LongAdder", 2).nsPerIncrement();
        double casNs = report.row("AtomicLong", 2).nsPerIncrement();
        if (adderNs < casNs) {
            assertTrue(adder.contains("LongAdder was %.1fx faster than AtomicLong".formatted(casNs / adderNs)), adder);
        } else if (adderNs > casNs) {
            assertTrue(adder.contains("AtomicLong was %.1fx faster than LongAdder".formatted(adderNs / casNs)), adder);
        }
        String cas = sentences.stream()
                .filter(s -> s.startsWith("AtomicLong's compareAndSet failed"))
                .findFirst()
                .orElseThrow();
        long retries = report.row("AtomicLong", 2).casRetries();
        assertTrue(cas.startsWith("AtomicLong's compareAndSet failed %,d times".formatted(retries)), cas);
        assertEquals(retries == 0, cas.contains("never met at the counter"), cas);
        String sharingSentence = sentences.getLast();
        double same = sharing.get("sameLineNs").asDouble();
        double padded = sharing.get("paddedNs").asDouble();
        assertTrue(sharingSentence.contains(same > padded ? "slower here" : "cost nothing here"), sharingSentence);
    }

    @Test
    void theComparisonSentenceNamesWhicheverWasFasterAsMeasured() {
        AtomicsReport adderFaster = report(25.0, 5.0, 12.0, 3.0);
        assertTrue(AtomicsSummary.sentences(adderFaster)
                .contains("At 2 threads, LongAdder took 5.00 ns per increment and AtomicLong 25.00. LongAdder was 5.0x"
                        + " faster than AtomicLong here."));
        AtomicsReport casFaster = report(4.0, 6.0, 3.0, 12.0);
        List<String> sentences = AtomicsSummary.sentences(casFaster);
        assertTrue(
                sentences.contains(
                        "At 2 threads, LongAdder took 6.00 ns per increment and AtomicLong 4.00. AtomicLong was 1.5x"
                                + " faster than LongAdder here."),
                sentences.toString());
        assertTrue(sentences.getLast().contains("the shared line cost nothing here"), sentences.getLast());
        assertTrue(AtomicsSummary.sentences(adderFaster).getLast().contains("made it 4.0x slower here"));
    }

    @Test
    void theNarrationShowsTheRoundsAndTheSummarySaysWhatPythonLacks() {
        assertEquals(0, cli.run("--increments", "5000", "--rounds", "1"), cli.err());
        String out = cli.out();
        assertTrue(out.contains("round 1: AtomicLong"), out);
        assertTrue(out.contains("own counters in one cache line"), out);
        assertTrue(out.contains("not atomic even with the GIL"), out);
    }

    @Test
    void badSizesAreUsageErrors() {
        assertEquals(2, cli.run("--increments", "10"));
        assertEquals(2, cli.run("--rounds", "0"));
    }

    private static AtomicsReport fromJson(JsonNode r) {
        List<AtomicsReport.Row> rows = new ArrayList<>();
        for (JsonNode row : r.get("rows")) {
            JsonNode cas = row.get("casRetries");
            rows.add(new AtomicsReport.Row(
                    row.get("way").asText(),
                    row.get("threads").asInt(),
                    row.get("nsPerIncrement").asDouble(),
                    cas == null || cas.isNull() ? null : cas.asLong(),
                    row.get("increments").asLong(),
                    row.get("exact").asBoolean()));
        }
        JsonNode s = r.get("falseSharing");
        return new AtomicsReport(
                r.get("increments").asLong(),
                r.get("rounds").asInt(),
                rows,
                new AtomicsReport.Sharing(
                        s.get("sameLineNs").asDouble(),
                        s.get("paddedNs").asDouble(),
                        s.get("exact").asBoolean()));
    }

    /** AtomicLong and LongAdder at 2 threads as given, the others 10 ns; the false-sharing pair as given. */
    private static AtomicsReport report(double casNs, double adderNs, double sameLine, double padded) {
        List<AtomicsReport.Row> rows = new ArrayList<>();
        for (String way : List.of("synchronized", "ReentrantLock", "AtomicLong", "LongAdder")) {
            for (int threads = 1; threads <= 2; threads++) {
                double ns = threads == 2 && way.equals("AtomicLong")
                        ? casNs
                        : threads == 2 && way.equals("LongAdder") ? adderNs : 10.0;
                rows.add(new AtomicsReport.Row(
                        way, threads, ns, way.equals("AtomicLong") ? (threads == 1 ? 0L : 7L) : null, 1000, true));
            }
        }
        return new AtomicsReport(1000, 1, rows, new AtomicsReport.Sharing(sameLine, padded, true));
    }
}
