package dev.concdemo.demos.proc.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.proc.TempEntries;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Without the lock the ticket is oversold; with it, exactly the stock is sold, one buy after another. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class TicketsDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(TicketsDemo::new);
    private final TempEntries temp = TempEntries.now("concdemo-tickets");

    @Test
    void withoutTheLockTheOneTicketIsSoldSeveralTimes() throws Exception {
        int runs = 5;
        int oversold = 0;
        for (int i = 0; i < runs; i++) {
            JsonNode r = cli.json("--json"); // the defaults: 10 buyers, 1 ticket, a 0.1 s network wait
            assertEquals(10, r.get("buyers").size());
            assertEquals(r.get("sold").asInt() - 1, r.get("oversold").asInt(), r.toString());
            assertEquals(0, r.get("fileAtEnd").asInt(), "every buyer wrote 0: the file hides the oversale");
            if (r.get("oversold").asInt() > 0) {
                oversold++;
            }
        }
        assertTrue(oversold >= runs - 1, "oversold in " + oversold + " of " + runs + " runs");
        assertNoTicketFileLeft();
    }

    @Test
    void withTheLockExactlyTheStockIsSoldAndTheBuysRunOneAfterAnother() throws Exception {
        for (String stock : new String[] {"1", "3"}) {
            JsonNode r = cli.json("--lock", "--stock", stock, "--time-scale", "0.3", "--json");
            int expected = Integer.parseInt(stock);
            assertEquals(expected, r.get("sold").asInt(), r.toString());
            assertEquals(0, r.get("oversold").asInt());
            assertEquals(0, r.get("fileAtEnd").asInt());
            assertEquals(1, r.get("maxConcurrentBuys").asInt(), "one buy at a time: " + r);
            double each = r.get("networkMs").asDouble();
            assertTrue(r.get("buyPhaseMs").asDouble() >= 10 * each * 0.95, "ten buys in series: " + r);
        }
        assertNoTicketFileLeft();
    }

    @Test
    void aSearchToldAfterABuyItPrecededSaysSoAndEveryStampIsCausal() {
        assertEquals(0, cli.run("--lock", "--buyers", "6", "--time-scale", "0.3", "--no-color"), cli.err());
        Pattern search = Pattern.compile("pid (\\d+) +search: (\\d+) left \\(read at \\+([0-9.]+)s(.*)\\)$");
        Pattern bought =
                Pattern.compile("pid (\\d+) +bought one: 1 → 0 \\(read at \\+([0-9.]+)s, wrote at \\+([0-9.]+)s\\)$");
        List<String[]> writes = new ArrayList<>(); // {pid, wrote} of the buy lines printed so far
        int searches = 0;
        for (String line : cli.out().lines().toList()) {
            Matcher b = bought.matcher(line);
            if (b.find()) {
                assertTrue(Double.parseDouble(b.group(2)) <= Double.parseDouble(b.group(3)), line);
                writes.add(new String[] {b.group(1), b.group(3)});
                continue;
            }
            Matcher s = search.matcher(line);
            if (!s.find()) {
                continue;
            }
            searches++;
            double read = Double.parseDouble(s.group(3));
            for (String[] w : writes) {
                if (s.group(2).equals("1")) {
                    // It saw the one ticket: it read before the write that sold it, whenever its line came.
                    assertTrue(read <= Double.parseDouble(w[1]), line + " / pid " + w[0] + " wrote at " + w[1]);
                }
                if (!w[0].equals(s.group(1)) && Double.parseDouble(w[1]) > read) {
                    assertTrue(s.group(4).contains("before pid " + w[0] + "'s write at +" + w[1] + "s"), line);
                }
            }
        }
        assertEquals(6, searches, cli.out());
        assertEquals(1, writes.size(), cli.out());
    }

    @Test
    void oneBuyerIsToldAsOneNotAsARace() {
        assertEquals(0, cli.run("--buyers", "1", "--time-scale", "0.3", "--no-color"), cli.err());
        String out = cli.out().replace("\n", " ");
        assertTrue(out.contains("One buyer alone has no one to race with"), out);
        assertFalse(out.contains("1 buys") || out.contains("others read the same stock"), out);
        assertEquals(0, cli.run("--buyers", "1", "--lock", "--time-scale", "0.3", "--no-color"), cli.err());
        String locked = cli.out().replace("\n", " ");
        assertTrue(locked.contains("the 1 buy ran alone"), locked);
    }

    private void assertNoTicketFileLeft() {
        assertEquals(List.of(), temp.added(), "temp dir left");
    }
}
