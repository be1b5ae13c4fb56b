package dev.concdemo.support.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Real child JVMs: distinct processes of ours, answering, reporting a death, and all gone afterwards. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProcessPoolTest {

    /** Echoes its request's text with its pid; "crash" ends the JVM at once with status 42; "fail" throws. */
    public static final class Echo implements ChildTask<Echo.Say, Echo.Said> {
        public record Say(String text) {}

        public record Said(String text, long pid) {}

        @Override
        public Class<Say> requestType() {
            return Say.class;
        }

        @Override
        public Said handle(Say request) {
            switch (request.text()) {
                case "crash" -> Runtime.getRuntime().halt(42);
                case "fail" -> throw new IllegalArgumentException("asked to fail");
                default -> {}
            }
            return new Said(request.text(), ProcessHandle.current().pid());
        }
    }

    private static Echo.Say say(String text) {
        return new Echo.Say(text);
    }

    @Test
    void childrenAreRealProcessesOfOursAndAllGoneAfterClose() throws Exception {
        var pool = new ProcessPool<>(2, "test-echo", Echo.class, Echo.Said.class);
        List<ProcessHandle> handles = pool.pids().stream()
                .map(pid -> ProcessHandle.of(pid).orElseThrow())
                .toList();
        try {
            assertEquals(2, new HashSet<>(pool.pids()).size(), "distinct pids");
            for (ProcessHandle child : handles) {
                assertTrue(child.isAlive());
                assertEquals(
                        ProcessHandle.current().pid(),
                        child.parent().orElseThrow().pid(),
                        "our child");
                assertTrue(child.pid() != ProcessHandle.current().pid());
            }
            List<CompletableFuture<ProcessPool.Reply<Echo.Said>>> replies = List.of(
                    pool.submit(say("a")), pool.submit(say("b c")), pool.submit(say("c=%")), pool.submit(say("d\ne")));
            List<String> sent = List.of("a", "b c", "c=%", "d\ne");
            for (int i = 0; i < replies.size(); i++) {
                ProcessPool.Reply<Echo.Said> reply = replies.get(i).get();
                assertEquals(
                        new Echo.Said(sent.get(i), reply.pid()),
                        reply.value(),
                        "typed, escaped, and answered by the child it says");
                assertTrue(pool.pids().contains(reply.pid()));
            }
        } finally {
            pool.close();
        }
        assertTrue(pool.cpu().userNanos() > 0, "children report their CPU time when they end");
        handles.forEach(h -> assertTrue(!h.isAlive(), "child " + h.pid() + " outlived the pool"));
    }

    @Test
    void aChildThatDiesIsReportedWithItsStatusAndNoChildIsLeft() throws Exception {
        List<ProcessHandle> handles;
        try (var pool = new ProcessPool<>(2, "test-crash", Echo.class, Echo.Said.class)) {
            handles = pool.pids().stream()
                    .map(pid -> ProcessHandle.of(pid).orElseThrow())
                    .toList();
            ExecutionException e = assertThrows(
                    ExecutionException.class, () -> pool.submit(say("crash")).get());
            ChildDiedException died = (ChildDiedException) e.getCause();
            assertTrue(
                    died.getMessage()
                            .matches("test-crash-\\d \\(pid \\d+\\) died while working on 'Say text=crash': exit status"
                                    + " 42.*"),
                    died.getMessage());
            ExecutionException after = assertThrows(
                    ExecutionException.class,
                    () -> pool.submit(say("after")).get(),
                    "a broken pool takes no more work");
            assertTrue(after.getCause() instanceof NotRunException, "not run, not blamed for the death: " + after);
            assertTrue(after.getCause().getCause() instanceof ChildDiedException, "the death is its cause");
        }
        handles.forEach(h -> assertTrue(!h.isAlive(), "child " + h.pid() + " outlived the pool"));
    }

    @Test
    void aTaskFailureFailsThatRequestOnly() throws Exception {
        try (var pool = new ProcessPool<>(1, "test-fail", Echo.class, Echo.Said.class)) {
            ExecutionException e = assertThrows(
                    ExecutionException.class, () -> pool.submit(say("fail")).get());
            assertTrue(
                    e.getCause().getMessage().contains("asked to fail"),
                    e.getCause().getMessage());
            assertEquals("next", pool.submit(say("next")).get().value().text());
        }
    }
}
