package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.demos.io.fib.client.FibConnection;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** `concdemo serve` as a real process: serves, stops on SIGTERM with exit 0 and a summary, leaves nothing behind. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServeIT {
    private static final Path ROOT =
            Path.of(System.getProperty("concdemo.root", "..")).toAbsolutePath().normalize();
    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

    @Test
    void sigtermStopsTheProcsServerWithASummaryExitZeroAndNoChildLeft() throws Exception {
        Path log = Files.createTempFile("concdemo-serve", ".out");
        Process serve = new ProcessBuilder(
                        ROOT.resolve("concdemo").toString(), "serve", "--model", "procs", "--port", "0", "--no-color")
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            int port = -1;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (port < 0 && System.nanoTime() < deadline) {
                Matcher m = LISTENING.matcher(Files.readString(log));
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
                Thread.sleep(20);
            }
            assertTrue(port > 0, "the server said where it listens: " + Files.readString(log));
            try (FibConnection c = new FibConnection("127.0.0.1", port)) {
                assertEquals("832040", c.ask(30));
                assertEquals("error: negative: -1", c.ask(-1));
            }
            List<ProcessHandle> children = serve.toHandle().children().toList();
            assertTrue(children.size() >= 1, "the procs model computes on child JVMs");

            serve.destroy(); // SIGTERM
            assertTrue(serve.waitFor(15, TimeUnit.SECONDS));
            assertEquals(0, serve.exitValue(), "stopped as asked: exit 0");
            String text = Files.readString(log);
            assertTrue(text.contains("Summary (procs"), text);
            assertTrue(text.contains("connections 1, requests 2, errors 1"), text);
            for (ProcessHandle child : children) {
                assertTrue(
                        child.onExit().get(3, TimeUnit.SECONDS) != null && !child.isAlive(),
                        "child JVM " + child.pid() + " left behind");
            }
        } finally {
            serve.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            serve.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    @Test
    void aPortInUseIsOneLineAndExitTwo() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            Process serve = new ProcessBuilder(
                            ROOT.resolve("concdemo").toString(),
                            "serve",
                            "--port",
                            Integer.toString(taken.getLocalPort()))
                    .directory(ROOT.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
            String err = new String(serve.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(2, serve.exitValue(), err);
            assertTrue(
                    err.startsWith("concdemo serve: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": "), err);
            assertEquals(2, err.lines().count(), err);
        }
    }
}
