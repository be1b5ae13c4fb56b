package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;

/**
 * The --html pages as a learner opens them: written by ./concdemo (small, fast options), opened
 * from disk in a real headless Chromium ({@link Chromium}, one for the whole class). Every page
 * loads without a console error or a request for anything outside itself, under a CSP that
 * forbids them; the deadlock page's timeline shows the two waits overlapping and the
 * watchdog's DEADLOCK; hovering, zooming and clicking the narration do what they show; the
 * Chinese page's characters are real glyphs. Screenshots: app/target/screenshots/NAME.png.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HtmlPagesIT {
    private static final Path PAGES = Path.of("target/pages").toAbsolutePath();

    /** Each page: its name, and the command line that writes it (besides --html). */
    private static final Map<String, List<String>> RUNS = new LinkedHashMap<>();

    static {
        RUNS.put("deadlock", List.of("deadlock", "--time-scale", "0.1"));
        RUNS.put("semaphore", List.of("semaphore", "--threads", "6", "--permits", "2", "--time-scale", "0.1"));
        RUNS.put("primes", List.of("primes", "--procs", "2", "--repeat", "1", "-q"));
        RUNS.put("compare", List.of("compare", "--models", "sync"));
        RUNS.put("sched", List.of("sched", "--algo", "rr"));
        RUNS.put("states", List.of("states", "--time-scale", "0.1"));
        RUNS.put("zombie", List.of("zombie", "--children", "3", "--time-scale", "0.1"));
        RUNS.put("deadlock-zh", List.of("deadlock", "--time-scale", "0.1", "--lang", "zh"));
    }

    private static final Map<String, Path> written = new LinkedHashMap<>();
    private static Chromium chromium;

    @BeforeAll
    static void startTheBrowser() throws Exception {
        chromium = Chromium.start(Path.of("target/screenshots"));
    }

    @AfterAll
    static void endTheBrowser() {
        if (chromium != null) {
            chromium.close(); // fails if a process of the browser's is left
        }
    }

    /** The page NAME, written by its run the first time a test asks for it. */
    private static synchronized Path page(String name) throws Exception {
        Path page = written.get(name);
        if (page == null) {
            page = PAGES.resolve(name + ".html");
            Files.createDirectories(PAGES);
            Files.deleteIfExists(page);
            List<String> args = new ArrayList<>(RUNS.get(name));
            args.addAll(List.of("--html", page.toString()));
            Concdemo.Result result = Concdemo.run(args);
            assertEquals(0, result.code(), result.describe());
            assertTrue(Files.isRegularFile(page), "no page written: " + result.describe());
            written.put(name, page);
        }
        return page;
    }

    private static ChromeDriver open(String name) throws Exception {
        return open(name, page(name));
    }

    /** Opens a page, which must load without a console error or a request beyond itself. */
    private static ChromeDriver open(String name, Path file) throws Exception {
        Chromium.Visit visit = chromium.open(name, file);
        assertEquals(List.of(), visit.consoleErrors(), name + ": console errors");
        assertEquals(List.of(), visit.requests(), name + ": requests beyond the page");
        return chromium.driver();
    }

    @Test
    void everyPageLoadsWithoutAnErrorOrAnOutsideRequestUnderACspThatForbidsThem() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String name : RUNS.keySet()) {
            Chromium.Visit visit = chromium.open(name, page(name));
            if (!visit.consoleErrors().isEmpty()) {
                failures.add(name + ": console errors " + visit.consoleErrors());
            }
            if (!visit.requests().isEmpty()) {
                failures.add(name + ": requests beyond the page " + visit.requests());
            }
            List<WebElement> csp =
                    chromium.driver().findElements(By.cssSelector("meta[http-equiv='Content-Security-Policy']"));
            if (csp.size() != 1 || !csp.getFirst().getDomAttribute("content").contains("default-src 'none'")) {
                failures.add(name + ": no CSP meta with default-src 'none' "
                        + csp.stream().map(m -> m.getDomAttribute("content")).toList());
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * A timeline has a lane for each thread or child process the run's events name; a run
     * that recorded no event says so in a note of its timeline rather than showing it empty.
     */
    @Test
    void everyPagesTimelineHasLanesOrANoteSayingWhyNot() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String name : RUNS.keySet()) {
            ChromeDriver page = open(name);
            int lanes =
                    page.findElements(By.cssSelector("#timeline .lane-label")).size();
            int notes = page.findElements(By.cssSelector("#timeline .note")).size();
            if (lanes == 0 && notes == 0) {
                failures.add(name + ": no .lane-label and no .note in #timeline");
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theDeadlockPageShowsTwoWaitsOverlappingOnTwoLanesAndTheWatchdogsDeadlock() throws Exception {
        ChromeDriver page = open("deadlock");
        List<Span> waits = page.findElements(By.cssSelector("rect.span.k-wait")).stream()
                .map(Span::of)
                .toList();
        assertTrue(
                waits.stream().anyMatch(a -> waits.stream().anyMatch(b -> a.lane() != b.lane() && a.overlaps(b))),
                "two waits on different lanes overlapping in time: " + waits);
        assertTrue(
                page.findElements(By.cssSelector(".instant")).stream()
                        .anyMatch(i -> i.getDomAttribute("data-text").contains("DEADLOCK")),
                "an instant whose text says DEADLOCK");
        assertTrue(
                page.findElements(By.cssSelector("rect.span.k-hold")).stream()
                        .anyMatch(s -> s.getDomAttribute("data-text").equals("hold lock A")),
                "a span 'hold lock A' of kind hold");
    }

    @Test
    void hoveringASpanShowsItsTextInTheTooltip() throws Exception {
        ChromeDriver page = open("deadlock");
        WebElement tooltip = page.findElement(By.id("tooltip"));
        assertFalse(shown(page, tooltip), "the tooltip is hidden until something is hovered");
        WebElement span = widestSpan(page);
        new Actions(page).moveToElement(span).perform();
        assertTrue(shown(page, tooltip), "the tooltip shows on hover");
        String text = span.getDomAttribute("data-text");
        assertTrue(tooltip.getText().contains(text), "tooltip '" + tooltip.getText() + "' has '" + text + "'");
        chromium.screenshot("deadlock-hover");
    }

    @Test
    void zoomingChangesTheVisibleTimeRange() throws Exception {
        ChromeDriver page = open("deadlock");
        WebElement timeline = page.findElement(By.id("timeline"));
        WebElement range = page.findElement(By.id("range"));
        Range whole = Range.of(timeline);
        String wholeText = range.getText();
        assertTrue(whole.to() > whole.from(), "a range to start with: " + whole);

        page.findElement(By.id("zoom-in")).click();
        Range zoomedIn = Range.of(timeline);
        assertTrue(zoomedIn.width() < whole.width(), "zoom-in narrows " + whole + " to " + zoomedIn);
        assertNotEquals(wholeText, range.getText(), "#range says so");

        page.findElement(By.id("zoom-reset")).click();
        assertEquals(whole, Range.of(timeline), "zoom-reset shows the whole run again");

        WebElement plot = page.findElement(By.id("plot"));
        new Actions(page)
                .scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(plot), 0, -300)
                .perform();
        Range wheeled = Range.of(timeline);
        assertTrue(wheeled.width() < whole.width(), "a wheel up over the plot zooms in: " + whole + " to " + wheeled);
        chromium.screenshot("deadlock-zoomed");

        page.findElement(By.id("zoom-out")).click();
        assertTrue(Range.of(timeline).width() > wheeled.width(), "zoom-out widens " + wheeled);
    }

    @Test
    void clickingATimedNarrationLineMarksItsMomentOnTheTimeline() throws Exception {
        ChromeDriver page = open("deadlock");
        WebElement line = page.findElements(By.cssSelector("#narration .line[data-t]")).stream()
                .filter(l -> l.getText().contains("DEADLOCK"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no timed narration line says DEADLOCK"));
        page.executeScript("arguments[0].scrollIntoView({block: 'center'})", line);
        line.click();
        WebElement mark = page.findElement(By.id("mark"));
        assertTrue(shown(page, mark), "#mark shows after a click on a timed line");
        assertEquals(line.getDomAttribute("data-t"), mark.getDomAttribute("data-t"));
    }

    @Test
    void theChinesePageIsChineseAndItsCharactersAreRealGlyphs() throws Exception {
        ChromeDriver page = open("deadlock-zh");
        assertEquals("zh", page.findElement(By.tagName("html")).getDomAttribute("lang"));
        CjkGlyphs.assertReal(page);
    }

    /**
     * {@code concdemo tour --html DIR}: a book, DIR/index.html, whose every link opens a
     * page of DIR that loads without an error or an outside request, as the index does.
     */
    @Test
    void theToursBookLinksPagesThatEachLoadWithoutAnError() throws Exception {
        Path book = PAGES.resolve("tour");
        Chromium.delete(book);
        Concdemo.Result result =
                Concdemo.run(List.of("tour", "--html", book.toString(), "--steps", "2", "--time-scale", "0.1"));
        assertEquals(0, result.code(), result.describe());
        ChromeDriver index = open("tour-index", book.resolve("index.html"));
        List<String> links = index.findElements(By.cssSelector("a[href]")).stream()
                .map(a -> a.getDomAttribute("href"))
                .filter(href -> !href.startsWith("#") && !href.contains(":"))
                .distinct()
                .toList();
        assertFalse(links.isEmpty(), "the index links the runs' pages");
        List<String> failures = new ArrayList<>();
        for (String link : links) {
            Path target = book.resolve(link).normalize();
            if (!target.startsWith(book) || !Files.isRegularFile(target)) {
                failures.add(link + ": no such page in " + book);
                continue;
            }
            Chromium.Visit visit =
                    chromium.open("tour-" + target.getFileName().toString().replace(".html", ""), target);
            if (!visit.consoleErrors().isEmpty() || !visit.requests().isEmpty()) {
                failures.add(link + ": console errors " + visit.consoleErrors() + ", requests " + visit.requests());
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * Whether an element shows: neither it nor an ancestor is display:none, visibility:hidden
     * or transparent, and its box is not empty (a mark, a vertical line, has width 0 but a
     * height, which WebElement.isDisplayed does not count).
     */
    private static boolean shown(ChromeDriver page, WebElement element) {
        return (Boolean) page.executeScript("""
            const el = arguments[0];
            const box = el.getBoundingClientRect();
            if (box.width === 0 && box.height === 0) return false;
            for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
              const s = getComputedStyle(e);
              if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return false;
            }
            return true;
            """, element);
    }

    /** The widest span: its middle is well inside it, where the pointer goes. */
    private static WebElement widestSpan(ChromeDriver page) {
        WebElement span = (WebElement) page.executeScript("""
            const spans = [...document.querySelectorAll('rect.span')];
            spans.sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width);
            if (spans.length) spans[0].scrollIntoView({block: 'center'});
            return spans[0] || null;
            """);
        assertTrue(span != null, "a span on the timeline");
        return span;
    }

    /** A span of the timeline as its attributes give it: lane and µs since the run began. */
    record Span(int lane, double t0, double t1, String text) {
        static Span of(WebElement rect) {
            return new Span(
                    Integer.parseInt(rect.getDomAttribute("data-lane")),
                    Double.parseDouble(rect.getDomAttribute("data-t0")),
                    Double.parseDouble(rect.getDomAttribute("data-t1")),
                    rect.getDomAttribute("data-text"));
        }

        boolean overlaps(Span other) {
            return t0 < other.t1 && other.t0 < t1;
        }
    }

    /** The timeline's visible range, µs since the run began (data-from, data-to). */
    record Range(double from, double to) {
        static Range of(WebElement timeline) {
            return new Range(
                    Double.parseDouble(timeline.getDomAttribute("data-from")),
                    Double.parseDouble(timeline.getDomAttribute("data-to")));
        }

        double width() {
            return to - from;
        }
    }
}
