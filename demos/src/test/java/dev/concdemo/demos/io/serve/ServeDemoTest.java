package dev.concdemo.demos.io.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concdemo.demos.io.fib.FibGrowth;
import dev.concdemo.demos.io.fib.client.FibConnection;
import dev.concdemo.demos.io.fib.server.Model;
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

    /** The help lists every model the enum has, and its first line counts them right. */
    @Test
    void theHelpListsEveryModelAndItsTitleCountsThem() {
        String help = cli.commandLine(dev.concdemo.support.cli.Session.of(
                        new java.io.PrintWriter(new java.io.StringWriter()),
                        new java.io.PrintWriter(new java.io.StringWriter())))
                .getUsageMessage(picocli.CommandLine.Help.Ansi.OFF);
        String joined = help.replaceAll("\\s+", " ");
        Matcher option =
                Pattern.compile("--model=MODEL One of: ([a-z, ]+) \\(default").matcher(joined);
        assertTrue(option.find(), help);
        java.util.List<String> listed = java.util.Arrays.asList(option.group(1).split(", "));
        java.util.List<String> models =
                java.util.Arrays.stream(Model.values()).map(Model::toString).toList();
        assertEquals(models, listed, "--model lists every model, process too");
        java.util.List<String> numbers = java.util.List.of(
                "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve");
        Matcher title = Pattern.compile("in one of (\\w+) models").matcher(help);
        assertTrue(title.find(), help);
        assertEquals(numbers.get(models.size()), title.group(1), "the title counts the models the enum has");
    }

    /** fib's growth with n is timed as the server starts, and the rest extrapolated from that, said so. */
    @Test
    void itTimesFibAsNGrowsAndExtrapolatesTheLargestFromWhatItTimed() throws Exception {
        JsonNode g =
                cli.json("--port", "0", "--duration", "0.2", "-q", "--json").get("fibGrowth");
        java.util.List<Double> millis = new java.util.ArrayList<>();
        g.get("millis").forEach(m -> millis.add(m.asDouble()));
        assertEquals(FibGrowth.TO - FibGrowth.FROM + 1, millis.size(), g.toString());
        assertTrue(millis.stream().allMatch(m -> m > 0), g.toString());
        FibGrowth fitted = FibGrowth.fit(g.get("fromN").asInt(), millis);
        assertEquals(fitted.ratio(), g.get("ratio").asDouble(), 0.0006, "the ratio fitted to the times shown");
        assertEquals(45, g.get("maxN").asInt());
        assertEquals(fitted.seconds(45), g.get("maxNSeconds").asDouble(), 0.01 + fitted.seconds(45) * 0.01);
        assertEquals(
                Math.round(fitted.log10Years(1000)), g.get("fib1000Log10Years").asLong(), 1);

        assertEquals(0, cli.run("--port", "0", "--duration", "0.2", "-q"));
        String said = cli.out().replace("\n", " ");
        assertTrue(said.contains("Extrapolated from that, fib(45), this server's --max-n, takes about"), said);
        assertTrue(said.contains("by naive recursion it never finishes"), said);
        assertTrue(cli.out().lines().allMatch(l -> dev.concdemo.support.term.Width.of(l) <= 100), cli.out());
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
