package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.cli.Cancellation;
import dev.concdemo.support.cli.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code concdemo tour --html DIR}: each run writes its page into DIR, and the index links them, even when cancelled. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class TourHtmlTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void eachRunWritesItsPageAndTheIndexLinksThem() throws IOException {
        Path book = dir.resolve("book");
        Session session = Session.of(new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(
                0,
                Main.run(session, "tour", "--html", book.toString(), "--steps", "2", "--time-scale", "0.1"),
                err.toString());
        String index = Files.readString(book.resolve("index.html"), StandardCharsets.UTF_8);
        for (String page : new String[] {"02-spawn.html", "02-isolation.html"}) {
            assertTrue(Files.isRegularFile(book.resolve(page)), page);
            assertTrue(index.contains("<a href=\"" + page + "\">"), page);
        }
        assertTrue(out.toString().contains("$ concdemo spawn --html " + book.resolve("02-spawn.html")), out.toString());
    }

    @Test
    void aCancelledTourKeepsItsPagesAndWritesTheIndexSayingWhereItStopped() throws Exception {
        Session session = Session.of(new PrintWriter(out, true), new PrintWriter(err, true));
        AtomicInteger code = new AtomicInteger(-1);
        Thread tour = Thread.ofPlatform()
                .name("tour-test")
                .start(() -> code.set(
                        Main.run(session, "tour", "--html", dir.toString(), "--steps", "4-5", "--time-scale", "1")));
        while (!out.toString().contains("$ concdemo deadlock --fix order")) {
            assertTrue(tour.isAlive(), out.toString());
            Thread.sleep(20);
        }
        Thread.sleep(300);
        session.cancellation().cancel(Cancellation.Reason.INTERRUPTED);
        tour.join();
        assertEquals(130, code.get());
        String index = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(Files.isRegularFile(dir.resolve("04-deadlock.html")));
        assertTrue(index.contains("<a href=\"04-deadlock.html\">"), index);
        assertTrue(index.contains("<p class=\"interrupted\">The tour was interrupted at step 4"), index);
    }
}
