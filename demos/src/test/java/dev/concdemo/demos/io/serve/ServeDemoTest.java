package dev.concdemo.demos.io.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concdemo.demos.io.fib.client.FibConnection;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ServeDemoTest {
    private final CommandUnderTest cli = new CommandUnderTest(ServeDemo::new);

    @Test
    void underJsonItSaysWhereItListensOnStderrThenReportsWhatItCounted() throws Exception {
        CompletableFuture<JsonNode> report = CompletableFuture.supplyAsync(() -> {
            assertEquals(0, cli.run("--model", "virtual", "--port", "0", "--duration", "2", "--json"), cli.err());
            try {
                return new ObjectMapper().readTree(cli.out()); // stdout: the one JSON document, nothing else
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Pattern listening = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");
        Matcher m = listening.matcher("");
        while (!report.isDone() && !(m = listening.matcher(cli.err())).find()) {
            Thread.sleep(10); // a script would read stderr's first line the same way
        }
        int port = Integer.parseInt(m.group(1));
        try (FibConnection c = new FibConnection("127.0.0.1", port)) {
            assertEquals("55", c.ask(10));
            assertEquals("55", c.exchange("10"));
        }
        JsonNode r = report.get(10, TimeUnit.SECONDS);
        assertEquals("virtual", r.get("model").asText());
        assertEquals(port, r.get("port").asInt());
        assertEquals(1, r.get("connections").asLong());
        assertEquals(2, r.get("requests").asLong());
        assertTrue(r.get("uptimeMs").asLong() >= 1900);
    }

    @Test
    void theWarningForANonLoopbackAddressGoesToStderr() {
        assertEquals(0, cli.run("--host", "0.0.0.0", "--port", "0", "--duration", "0.2", "-q"));
        assertTrue(cli.err().contains("warning: listening on 0.0.0.0, not loopback"), cli.err());
        assertTrue(!cli.out().contains("warning"), cli.out());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--model=fork",
                "--port=-1",
                "--port=70000",
                "--max-n=93",
                "--max-n=-1",
                "--workers=0",
                "--max-connections=0",
                "--duration=0",
                "--duration=-5",
                "--offload=0",
                "--offload=99",
                "--model=nio --offload=30"
            })
    void badInputIsAUsageError(String option) {
        assertEquals(2, cli.run(option.split(" ")));
        assertTrue(cli.out().isEmpty(), cli.out());
    }
}
