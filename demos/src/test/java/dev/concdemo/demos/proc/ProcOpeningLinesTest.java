package dev.concdemo.demos.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.demos.proc.daemon.DaemonDemo;
import dev.concdemo.demos.proc.ipc.IpcDemo;
import dev.concdemo.demos.proc.isolation.IsolationDemo;
import dev.concdemo.demos.proc.orphan.OrphanDemo;
import dev.concdemo.demos.proc.spawn.SpawnDemo;
import dev.concdemo.demos.proc.tickets.TicketsDemo;
import dev.concdemo.demos.proc.zombie.ZombieDemo;
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

/** A Chinese run of each process scenario opens by naming the notes (笔记), in Chinese, with no "seed". */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProcOpeningLinesTest {
    static Stream<Arguments> scenarios() {
        List<String> quick = List.of("--time-scale", "0.1");
        return Stream.of(
                Arguments.of("isolation", (Function<Session, Object>) IsolationDemo::new, List.of()),
                Arguments.of("spawn", (Function<Session, Object>) SpawnDemo::new, List.of()),
                Arguments.of("orphan", (Function<Session, Object>) OrphanDemo::new, List.of()),
                Arguments.of(
                        "zombie",
                        (Function<Session, Object>) ZombieDemo::new,
                        List.of("--children", "1", "--time-scale", "0.3")),
                Arguments.of("daemon", (Function<Session, Object>) DaemonDemo::new, quick),
                Arguments.of(
                        "ipc",
                        (Function<Session, Object>) IpcDemo::new,
                        List.of("--producers", "1", "--consumers", "1", "--items", "1", "--time-scale", "0.1")),
                Arguments.of("tickets", (Function<Session, Object>) TicketsDemo::new, quick));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theOpeningLineNamesTheNotesInChinese(String name, Function<Session, Object> factory, List<String> options) {
        CommandUnderTest zh = new CommandUnderTest(factory);
        String[] args = Stream.concat(options.stream(), Stream.of("--no-color", "--lang", "zh"))
                .toArray(String[]::new);
        assertEquals(0, zh.run(args), zh.err());
        String first = zh.out().lines().findFirst().orElse("");
        assertTrue(first.startsWith(name + "（笔记 001 "), first);
        assertTrue(first.contains("pid " + ProcessHandle.current().pid()), first);
        assertFalse(first.toLowerCase().contains("seed"), first);
    }
}
