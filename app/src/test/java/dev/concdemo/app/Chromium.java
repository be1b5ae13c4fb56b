package dev.concdemo.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium, Debian's (packages {@code chromium} and {@code chromium-driver}),
 * driven through its chromedriver at a path given here, so Selenium Manager downloads nothing.
 * One browser for many pages: {@link #open} loads a local file, saves its screenshot and
 * returns what the page did while loading: its console errors and every request it made
 * beyond its own file. {@link #close} ends the driver and the browser, deletes the profile,
 * and fails if any process of theirs is still alive.
 */
final class Chromium implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** What a page did while it loaded: console errors, requests beyond its own file. */
    record Visit(String name, Path file, List<String> consoleErrors, List<String> requests) {}

    private final Path profile;
    private final Path screenshots;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Set<Long> processes;

    private Chromium(Path profile, Path screenshots, ChromeDriverService service, ChromeDriver driver) {
        this.profile = profile;
        this.screenshots = screenshots;
        this.service = service;
        this.driver = driver;
        this.processes = new HashSet<>();
        remember();
    }

    /** Adds the processes now under this JVM that are chromedriver, the browser and its helpers. */
    private void remember() {
        ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().command().orElse("").contains("/chrom")) // not a concdemo a test ran
                .map(ProcessHandle::pid)
                .forEach(processes::add);
    }

    /** Starts the browser; fails with one line naming the Debian package that is missing. */
    static Chromium start(Path screenshots) throws IOException {
        require(BINARY, "chromium");
        require(DRIVER, "chromium-driver");
        Files.createDirectories(screenshots);
        Path profile = Files.createTempDirectory("concdemo-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(BINARY.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--user-data-dir=" + profile,
                        "--window-size=1280,2000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException failed) {
            service.stop();
            delete(profile);
            throw failed;
        }
        Chromium chromium = new Chromium(profile, screenshots, service, driver);
        try {
            driver.get("about:blank"); // not the new-tab page, whose loads would fill the log
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
            return chromium;
        } catch (RuntimeException failed) {
            chromium.close();
            throw failed;
        }
    }

    private static void require(Path tool, String debianPackage) {
        if (!Files.isExecutable(tool)) {
            throw new AssertionError("these tests need " + tool + ": install the Debian package " + debianPackage);
        }
    }

    /** How many processes of the browser and its driver were seen (close checks each has ended). */
    int processesSeen() {
        return processes.size();
    }

    /** The browser's profile directory, deleted by {@link #close}. */
    Path profile() {
        return profile;
    }

    ChromeDriver driver() {
        return driver;
    }

    /**
     * Loads {@code file}, waits for it to finish loading, saves its screenshot as
     * NAME.png and returns its console errors and the requests it made for anything but
     * itself (data: and about: URLs aside).
     */
    Visit open(String name, Path file) throws IOException {
        drainLogs();
        remember();
        String url = file.toAbsolutePath().toUri().toString();
        driver.get(url);
        screenshot(name);
        remember(); // a page may have started a renderer of its own
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        List<String> requests = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String requested = requestedUrl(entry.getMessage());
            if (requested != null && !sameFile(requested, url) && !internal(requested)) {
                requests.add(requested);
            }
        }
        return new Visit(name, file, errors, requests);
    }

    /** Saves what the window shows now as NAME.png. */
    void screenshot(String name) throws IOException {
        Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    private void drainLogs() {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    /**
     * Not a load at all: data: and about: URLs, and the browser's own pages (chrome:, which a
     * file cannot request; the start page's leftovers arrive in the log after it).
     */
    private static boolean internal(String requested) {
        return Stream.of("data:", "about:", "chrome:", "chrome-untrusted:").anyMatch(requested::startsWith);
    }

    private static boolean sameFile(String requested, String url) {
        int hash = requested.indexOf('#');
        return (hash < 0 ? requested : requested.substring(0, hash)).equals(url);
    }

    /** The URL of a Network.requestWillBeSent event in a performance log entry, else null. */
    @SuppressWarnings("unchecked")
    private static String requestedUrl(String message) {
        Map<String, Object> entry = new Json().toType(message, Map.class);
        Map<String, Object> inner = (Map<String, Object>) entry.get("message");
        if (inner == null || !"Network.requestWillBeSent".equals(inner.get("method"))) {
            return null;
        }
        Map<String, Object> params = (Map<String, Object>) inner.get("params");
        Map<String, Object> request = (Map<String, Object>) params.get("request");
        return String.valueOf(request.get("url"));
    }

    /**
     * Ends the browser and its driver and deletes the profile. Fails if a process of theirs
     * outlived them by 10 s (after ending it, so that none is left in any case).
     */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
        List<ProcessHandle> left = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            left = ours();
            if (left.isEmpty()) {
                break;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        List<String> described = left.stream().map(Chromium::describe).toList();
        left.forEach(ProcessHandle::destroyForcibly);
        delete(profile);
        if (!described.isEmpty()) {
            throw new AssertionError("browser processes left after the test: " + described);
        }
    }

    /** The processes of the browser and its driver still alive: those seen under this JVM, and any using the profile. */
    private List<ProcessHandle> ours() {
        List<ProcessHandle> alive = new ArrayList<>();
        processes.forEach(
                pid -> ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(alive::add));
        ProcessHandle.allProcesses()
                .filter(p -> !processes.contains(p.pid()))
                .filter(p -> p.info()
                        .arguments()
                        .map(a -> String.join(" ", a).contains(profile.toString()))
                        .orElse(false))
                .forEach(alive::add);
        return alive;
    }

    private static String describe(ProcessHandle process) {
        return process.pid() + " " + process.info().command().orElse("?");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the browser to end", e);
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
