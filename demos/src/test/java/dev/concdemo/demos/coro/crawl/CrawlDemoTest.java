package dev.concdemo.demos.coro.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
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

    @Test
    void eachPageIsShownByTheUrlItStandsForAndTheNotesFetchIsShownWithWhatPythonMakesOfItAndTheFormThatWorks() {
        assertEquals(
                "{'url': 'http://www.qq.com/', 'status_code': 200, 'content_length': 245600}",
                new Fetched("http://127.0.0.1:40123/www.qq.com", 200, 245_600, 0).toString());
        assertEquals(
                "{'url': 'http://example.com/a', 'status_code': 404, 'content_length': 9}",
                new Fetched("http://example.com/a", 404, 9, 0).toString());
        CommandUnderTest crawl = new CommandUnderTest(CrawlDemo::new);
        assertEquals(0, crawl.run("--time-scale", "0.1"));
        String out = crawl.out();
        assertTrue(out.contains("{'url': 'http://www.baidu.com/', 'status_code': 200"), out);
        assertFalse(out.contains("'/www."), "no bare path with a leading slash: " + out);
        assertTrue(out.contains("asyncio.wait([fetch(url) for url in urls])"), "the notes' form is shown: " + out);
        assertTrue(out.contains("TypeError: Passing coroutines is forbidden"), "with CPython's verdict: " + out);
        assertTrue(out.contains("asyncio.run(main())"), "and the form that works: " + out);
        assertTrue(out.contains("its 3 hosts answered together"), "the summary, from the run: " + out);
        out.lines().forEach(line -> assertTrue(Width.of(line) <= Width.COLUMNS, "wider than 100: " + line));
    }

    @Test
    void givenUrlsAreFetchedEveryWayAChunkedBodyCountsTheSameInEachAndARefusedOneFailsAlone() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        byte[] body = new byte[70_000];
        Arrays.fill(body, (byte) 'y');
        server.createContext("/fixed", exchange -> {
            try (exchange) {
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.createContext("/chunked", exchange -> {
            try (exchange) {
                exchange.sendResponseHeaders(200, 0); // 0: chunked
                try (OutputStream out = exchange.getResponseBody()) {
                    for (int i = 0; i < 7; i++) {
                        out.write(body, 0, 10_000);
                        out.flush();
                    }
                }
            }
        });
        server.start();
        int refusedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            refusedPort = s.getLocalPort(); // closed again: nothing listens there
        }
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            JsonNode r = new CommandUnderTest(CrawlDemo::new)
                    .json(
                            "--time-scale",
                            "0.1",
                            "--json",
                            base + "/fixed",
                            base + "/chunked?page=1",
                            "http://127.0.0.1:" + refusedPort + "/gone");
            JsonNode ways = r.get("ways");
            assertEquals(5, ways.size(), "plain http: the selector client runs too: " + ways);
            for (JsonNode way : ways) {
                assertEquals(2, way.get("ok").asInt(), "two pages served, one refused: " + way);
            }
            java.util.Map<String, JsonNode> pages = new java.util.HashMap<>(); // the last way's: the selector client's
            r.get("pages").forEach(p -> pages.put(p.get("url").asText().replaceAll(".*/", "/"), p));
            assertEquals(70_000, pages.get("/fixed").get("contentLength").asInt(), pages.toString());
            assertEquals(
                    70_000,
                    pages.get("/chunked?page=1").get("contentLength").asInt(),
                    "chunk framing not counted: " + pages);
            assertEquals(-1, pages.get("/gone").get("statusCode").asInt(), pages.toString());
            assertTrue(pages.get("/gone").get("error").asText().contains("Connect"), pages.toString());
            JsonNode fetched = r.get("fetchHeaders");
            assertEquals(2, fetched.size(), "one per host:port");
            java.util.Map<String, String> firstLine = new java.util.HashMap<>();
            fetched.forEach(h ->
                    firstLine.put(h.get("host").asText(), h.get("lines").get(0).asText()));
            assertTrue(
                    firstLine.get("127.0.0.1:" + server.getAddress().getPort()).startsWith("HTTP/1.1 "),
                    "the server answered (its status line): " + r);
            assertTrue(firstLine.get("127.0.0.1:" + refusedPort).startsWith("error: "), "refused: " + r);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aCountIsSaidWithItsNounInBothLanguages() {
        Texts en = Texts.of(CrawlDemo.class, Lang.EN);
        assertEquals("1 page, after a", en.count("pagesWait", 1));
        assertEquals("3 pages, each after a", en.count("pagesWait", 3));
        assertEquals("the URL given", en.count("urls", 1));
        assertEquals("the 2 URLs given", en.count("urls", 2));
        CrawlReport oneHost = new CrawlReport(
                1000,
                List.of(),
                List.of(),
                0,
                0,
                List.of(new CrawlReport.Headers("example.com", List.of("HTTP/1.1 200 OK"))),
                70);
        assertTrue(CrawlSummary.fetchSentence(en, oneHost).endsWith("its one host answered in 0.07 s."));
        Texts zh = Texts.of(CrawlDemo.class, Lang.ZH);
        assertTrue(CrawlSummary.fetchSentence(zh, oneHost).endsWith("1 个主机在 0.07 秒内回了话。"));
        assertEquals("1 个页面，等", zh.count("pagesWait", 1));
    }
}
