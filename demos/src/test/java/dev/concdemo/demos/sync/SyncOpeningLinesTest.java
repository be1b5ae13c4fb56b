package dev.concdemo.demos.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.demos.sync.barrier.BarrierDemo;
import dev.concdemo.demos.sync.collections.CollectionsDemo;
import dev.concdemo.demos.sync.condition.ConditionDemo;
import dev.concdemo.demos.sync.deadlock.DeadlockDemo;
import dev.concdemo.demos.sync.event.EventDemo;
import dev.concdemo.demos.sync.pool.PoolDemo;
import dev.concdemo.demos.sync.prodcons.ProdConsDemo;
import dev.concdemo.demos.sync.queue.QueueDemo;
import dev.concdemo.demos.sync.race.RaceDemo;
import dev.concdemo.demos.sync.rlock.RlockDemo;
import dev.concdemo.demos.sync.semaphore.SemaphoreDemo;
import dev.concdemo.demos.sync.threads.ThreadsDemo;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.cli.Session;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Chinese run of each synchronization scenario opens by naming the notes (笔记), in Chinese,
 * and an English run keeps its words: the opening line comes from the bundles.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SyncOpeningLinesTest {
    static Stream<Arguments> scenarios() {
        List<String> quick = List.of("--time-scale", "0.05");
        return Stream.of(
                Arguments.of("threads", (Function<Session, Object>) ThreadsDemo::new, quick),
                Arguments.of("rlock", (Function<Session, Object>) RlockDemo::new, quick),
                Arguments.of("queue", (Function<Session, Object>) QueueDemo::new, quick),
                Arguments.of("semaphore", (Function<Session, Object>) SemaphoreDemo::new, quick),
                Arguments.of("condition", (Function<Session, Object>) ConditionDemo::new, quick),
                Arguments.of("barrier", (Function<Session, Object>) BarrierDemo::new, quick),
                Arguments.of("event", (Function<Session, Object>) EventDemo::new, quick),
                Arguments.of("race", (Function<Session, Object>) RaceDemo::new, quick),
                Arguments.of("prodcons", (Function<Session, Object>) ProdConsDemo::new, quick),
                Arguments.of(
                        "pool",
                        (Function<Session, Object>) PoolDemo::new,
                        List.of("--time-scale", "0.05", "--tasks", "3")),
                Arguments.of("deadlock", (Function<Session, Object>) DeadlockDemo::new, quick),
                Arguments.of(
                        "collections",
                        (Function<Session, Object>) CollectionsDemo::new,
                        List.of("--adds", "1000", "--trials", "1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theOpeningLineNamesTheNotesInTheRunsLanguage(
            String name, Function<Session, Object> factory, List<String> options) {
        CommandUnderTest zh = new CommandUnderTest(factory);
        assertEquals(0, zh.run(args(options, "--lang", "zh")), zh.err());
        String first = zh.out().lines().findFirst().orElse("");
        assertTrue(first.startsWith(name + "（笔记 00"), first);
        assertFalse(first.toLowerCase().contains("seed"), first);

        CommandUnderTest en = new CommandUnderTest(factory);
        assertEquals(0, en.run(args(options, "--lang", "en")), en.err());
        String english = en.out().lines().findFirst().orElse("");
        assertTrue(english.startsWith(name + " (seed 00"), english);
    }

    private static String[] args(List<String> options, String... more) {
        return Stream.concat(Stream.concat(options.stream(), Stream.of("--no-color")), Stream.of(more))
                .toArray(String[]::new);
    }
}
