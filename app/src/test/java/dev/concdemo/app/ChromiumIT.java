package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser fixture itself: it sees a console error and a request for something outside
 * the page, it sees none on a page that has neither, and it leaves no process behind.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ChromiumIT {
    @Test
    void itSeesConsoleErrorsAndOutsideRequestsAndLeavesNothingBehind(@TempDir Path dir) throws Exception {
        Path clean = page(dir, "clean.html", "<p>nothing to fetch</p><script>console.log('fine')</script>");
        Path dirty = page(
                dir,
                "dirty.html",
                "<img src='http://127.0.0.1:9/nothing.png'><script>console.error('broken')</script>");
        Path profile;
        try (Chromium chromium = Chromium.start(Path.of("target/screenshots"))) {
            profile = chromium.profile();
            Chromium.Visit cleanVisit = chromium.open("fixture-clean", clean);
            assertEquals(List.of(), cleanVisit.consoleErrors());
            assertEquals(List.of(), cleanVisit.requests());

            Chromium.Visit dirtyVisit = chromium.open("fixture-dirty", dirty);
            assertTrue(
                    dirtyVisit.consoleErrors().stream().anyMatch(e -> e.contains("broken")),
                    dirtyVisit.consoleErrors().toString());
            assertEquals(List.of("http://127.0.0.1:9/nothing.png"), dirtyVisit.requests());
            assertTrue(Files.isDirectory(profile));
            assertTrue(
                    chromium.processesSeen() >= 3,
                    "chromedriver, the browser and a renderer: " + chromium.processesSeen());
        }
        assertTrue(Files.notExists(profile), "the profile is deleted: " + profile);
        assertTrue(Files.exists(Path.of("target/screenshots/fixture-clean.png")));
    }

    private static Path page(Path dir, String name, String body) throws Exception {
        return Files.writeString(
                dir.resolve(name),
                "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>t</title></head><body>" + body
                        + "</body></html>",
                StandardCharsets.UTF_8);
    }
}
