package dev.concdemo.demos.coro.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CrawlDemoTest {
    @Test
    void oneAfterAnotherTakesTheSumEveryOtherWayAboutTheSlowestPageAndTheFetchReadsHeaders() throws Exception {
        JsonNode r = new CommandUnderTest(CrawlDemo::new).json("--time-scale", "0.4", "--json");
        assertEquals(5, r.get("pages").size());
        for (JsonNode page : r.get("pages")) {
            assertEquals(200, page.get("statusCode").asInt(), page.toString());
        }
        assertTrue(r.get("pages").toString().contains("\"contentLength\":245600"), "qq.com's size, as the seed's run");
        JsonNode ways = r.get("ways");
        assertEquals(5, ways.size());
        double sequential = ways.get(0).get("totalMs").asDouble();
        assertTrue(sequential >= 0.95 * r.get("sumMs").asDouble(), "one after another: the sum: " + r);
        for (int i = 1; i < ways.size(); i++) {
            JsonNode way = ways.get(i);
            assertEquals(5, way.get("ok").asInt(), way.toString());
            assertTrue(way.get("totalMs").asDouble() < 0.6 * sequential, "overlapped: " + way + " vs " + sequential);
            assertTrue(
                    way.get("totalMs").asDouble() >= 0.95 * r.get("slowestMs").asDouble(),
                    "not faster than the slowest");
        }
        assertEquals(3, r.get("fetchHeaders").size());
        for (JsonNode h : r.get("fetchHeaders")) {
            assertEquals("HTTP/1.1 200 OK", h.get("lines").get(0).asText());
            assertTrue(h.get("lines").toString().contains(h.get("host").asText()), "the host it asked for: " + h);
        }
    }
}
