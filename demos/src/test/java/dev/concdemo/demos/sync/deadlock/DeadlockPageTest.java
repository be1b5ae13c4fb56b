package dev.concdemo.demos.sync.deadlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deadlock run's page (--html): self-contained, its CSP naming exactly its inlined style
 * and script, the deadlock visible on its timeline, and with --json the JSON on stdout while
 * the page still gets the narration and the summary. (The page in a real browser: the app's
 * browser tests.)
 */
class DeadlockPageTest {
    private final CommandUnderTest cli = new CommandUnderTest(DeadlockDemo::new);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void thePageLoadsNothingFromElsewhereAndShowsTheDeadlockOnItsTimeline() throws Exception {
        Path page = dir.resolve("d.html");
        assertEquals(0, cli.run("--time-scale", "0.1", "--html", page.toString()), cli.err());
        assertTrue(cli.err().contains("page written to " + page), cli.err());
        String html = Files.readString(page);
        assertTrue(html.length() < 500_000, html.length() + " bytes");

        // Self-contained: no attribute that loads anything, and a CSP that allows only the inlined two.
        String names = html.replace("http://www.w3.org/2000/svg", ""); // SVG's namespace: a name, not a load
        for (String loads : List.of(" src=", " href=", "url(", "@import", "http://", "https://")) {
            assertFalse(names.contains(loads), loads);
        }
        String csp = group(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"")
                .replace("&#39;", "'"); // as the browser reads the attribute
        assertTrue(csp.startsWith("default-src 'none';"), csp);
        String style = group(html, "(?s)<style>(.*?)</style>");
        String script = group(html, "(?s)<script>(.*?)</script>");
        assertTrue(csp.contains("style-src '" + sha256(style) + "'"), csp);
        assertTrue(csp.contains("script-src '" + sha256(script) + "'"), csp);

        // Two wait spans on two lanes overlap in time, and the watchdog's DEADLOCK is an instant.
        List<double[]> waits = new ArrayList<>(); // lane, t0, t1
        Matcher span = Pattern.compile("<rect class=\"span k-wait\"[^>]* data-lane=\"(\\d+)\" data-t0=\"([\\d.]+)\""
                        + " data-t1=\"([\\d.]+)\" data-text=\"wait for lock [AB]\"")
                .matcher(html);
        while (span.find()) {
            waits.add(new double[] {
                Double.parseDouble(span.group(1)), Double.parseDouble(span.group(2)), Double.parseDouble(span.group(3))
            });
        }
        boolean overlap = false;
        for (double[] a : waits) {
            for (double[] b : waits) {
                overlap |= a[0] != b[0] && a[1] < b[2] && b[1] < a[2];
            }
        }
        assertTrue(overlap, waits.size() + " wait spans, none overlapping on two lanes");
        assertTrue(
                html.matches("(?s).*<line class=\"instant\"[^>]*data-text=\"DEADLOCK[^\"]*\".*"),
                "no DEADLOCK instant");

        // Every timed narration line carries its moment; the lane labels are the threads.
        assertTrue(html.contains("<span class=\"line timed\" data-t=\""));
        assertTrue(html.contains(">Thread-1</text>"));
        assertTrue(html.contains("id=\"summary\""));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void withJsonTheTerminalGetsOnlyTheDocumentAndThePageStillGetsTheStoryAndTheSummary() throws Exception {
        Path page = dir.resolve("j.html");
        JsonNode json = cli.json("--time-scale", "0.1", "--json", "--html", page.toString());
        assertEquals("deadlock", json.get("scenario").asText());
        String html = Files.readString(page);
        assertTrue(html.contains("id=\"summary\""));
        assertTrue(html.contains("DEADLOCK"));
        assertTrue(html.contains("<details id=\"json\">"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void inChineseThePageSaysItsOwnWordsInChinese() throws Exception {
        Path page = dir.resolve("zh.html");
        assertEquals(0, cli.run("--time-scale", "0.1", "--lang", "zh", "--html", page.toString()), cli.err());
        String html = Files.readString(page);
        assertTrue(html.contains("<html lang=\"zh\">"));
        assertTrue(html.contains("<h2>时间线</h2>") && html.contains("<h2>总结</h2>"), "Chinese headings");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aPageThatCannotBeWrittenIsAUsageErrorBeforeAnythingRuns() {
        assertEquals(2, cli.run("--html", dir.resolve("no/such/dir/d.html").toString()));
        assertTrue(cli.err().contains("--html") && cli.err().contains("no such directory"), cli.err());
        assertFalse(cli.out().contains("DEADLOCK"));
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex);
        return m.group(1);
    }

    private static final Map<String, String> HASHES = new HashMap<>();

    private static String sha256(String text) throws Exception {
        return HASHES.computeIfAbsent(text, t -> {
            try {
                return "sha256-"
                        + Base64.getEncoder()
                                .encodeToString(MessageDigest.getInstance("SHA-256")
                                        .digest(t.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
