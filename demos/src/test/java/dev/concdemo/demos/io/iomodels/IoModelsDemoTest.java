package dev.concdemo.demos.io.iomodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The five models' claims, from one run at --time-scale 0.2 (the seed's 2 s is 400 ms) with 0, 200 and 2,000 sockets. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class IoModelsDemoTest {
    @Test
    void eachModelBlocksWhereTheSeedSaysAndPollGrowsWithTheSocketsWhereEpollDoesNot() throws Exception {
        JsonNode r = new CommandUnderTest(IoModelsDemo::new)
                .json("--time-scale", "0.2", "--sockets", "0,200,2000", "--seed", "7", "--json");
        // The page draws its select costs (the report is the JSON read back).
        IoModelsFiguresTest.assertDrawn(JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build()
                .treeToValue(r, IoModelsReport.class));

        JsonNode blocking = r.get("blocking");
        assertTrue(blocking.get("readMs").asDouble() >= 0.95 * 400, "the read waited out the sleep: " + blocking);
        int number = blocking.get("number").asInt();
        assertTrue(number >= 1 && number <= 100, blocking.toString());

        JsonNode nb = r.get("nonBlocking");
        assertEquals("null", nb.get("acceptReturned").asText());
        assertEquals(0, nb.get("readReturned").asInt());
        assertEquals("HELLO", nb.get("echoed").asText());
        double polling = nb.get("pollingCpuShare").asDouble();
        assertTrue(polling > 0.3, "a loop that never waits keeps a core busy: " + nb);
        assertTrue(polling > 10 * nb.get("selectorCpuShare").asDouble(), "a selector sleeps: " + nb);
        for (JsonNode ms : nb.get("latenciesMs")) {
            assertTrue(ms.asDouble() <= nb.get("intervalMs").asDouble() + 200, "at most a turn late: " + nb);
        }

        JsonNode m = r.get("multiplexing");
        assertEquals(5, m.get("selectMicros").size());
        assertEquals(3, m.get("reportsUnread").asInt(), "level-triggered: reported while unread");
        assertTrue(m.get("reportedAfterPartialRead").asBoolean());
        assertFalse(m.get("reportedAfterDrain").asBoolean());

        JsonNode poll = r.get("selectMicros").get("poll");
        JsonNode epoll = r.get("selectMicros").get("epoll");
        double pollGrowth = poll.get("2000").asDouble() / poll.get("0").asDouble();
        double versus = poll.get("2000").asDouble() / epoll.get("2000").asDouble();
        assertTrue(pollGrowth > 10, "poll looks at every descriptor: " + poll);
        assertTrue(versus > 10, "epoll does not: " + poll + " vs " + epoll);

        JsonNode signal = r.get("signalDriven");
        assertTrue(signal.get("worked").asBoolean(), "SIGIO on Linux: " + signal);
        assertTrue(signal.get("readMicros").asDouble() > 0);

        JsonNode async = r.get("asynchronous");
        assertEquals("hello", async.get("data").asText());
        assertTrue(async.get("handlerThread").asText().startsWith("iomodels-aio-"), async.toString());
        assertTrue(async.get("handlerMs").asDouble() >= 0.9 * 100, "called once the data came: " + async);
        assertTrue( // the data is written only after the call returned, and the handler runs once it came
                async.get("returnedMicros").asDouble()
                        < 1000 * async.get("handlerMs").asDouble(),
                "the read call returned before its data came: " + async);
    }
}
