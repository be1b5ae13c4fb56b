package dev.concdemo.demos.io.fib.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.demos.io.fib.client.FibConnection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A server's thread count is every platform thread it started, and none of another server's. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ServerThreadsTest {
    /**
     * The platform threads alive in our thread group. The JDK's own threads (virtual threads'
     * carriers, the process reaper) run in groups of their own, and virtual threads are not listed.
     */
    private static Set<Thread> ourThreads() {
        ThreadGroup ours = Thread.currentThread().getThreadGroup();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getThreadGroup() == ours)
                .collect(java.util.stream.Collectors.toSet());
    }

    @ParameterizedTest
    @EnumSource(Model.class)
    void twoServersOfAModelEachCountTheThreadsTheyStarted(Model model) throws Exception {
        Set<Thread> before = ourThreads();
        try (FibServer a = TestServers.start(model, 2);
                FibServer b = TestServers.start(model, 2);
                FibConnection toA = new FibConnection("127.0.0.1", a.port());
                FibConnection toB = new FibConnection("127.0.0.1", b.port())) {
            assertEquals("2", toA.ask(3));
            assertEquals("2", toB.ask(3)); // each server now runs its threads for a client too
            List<String> started = ourThreads().stream()
                    .filter(t -> !before.contains(t))
                    .map(Thread::getName)
                    .sorted()
                    .toList();
            assertTrue(a.threads() > 0, model + " counts its threads");
            assertEquals(a.threads(), b.threads(), model + ": the same threads for the same work");
            assertEquals(
                    started.size(),
                    a.threads() + b.threads(),
                    model + ": the threads started meanwhile are the two servers' own: " + started);
        }
    }
}
