package dev.concdemo.demos.proc.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Without the lock the ticket is oversold; with it, exactly the stock is sold, one buy after another. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class TicketsDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(TicketsDemo::new);

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

    private static void assertNoTicketFileLeft() throws Exception {
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertTrue(tmp.noneMatch(p -> p.getFileName().toString().startsWith("concdemo-tickets")), "temp dir left");
        }
    }
}
