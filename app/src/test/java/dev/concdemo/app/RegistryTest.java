package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.concdemo.demos.sync.deadlock.DeadlockDemo;
import dev.concdemo.support.cli.Scenario;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine.Command;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class RegistryTest {
    @Test
    void everyNameIsTheCommandsOwnName() {
        Registry.all()
                .forEach((name, type) ->
                        assertEquals(name, type.getAnnotation(Command.class).name(), type.getName()));
    }

    @Test
    void everyScenarioSaysItsChapterAndSeed() {
        Registry.SCENARIOS.values().forEach(type -> assertNotNull(type.getAnnotation(Scenario.class), type.getName()));
    }

    @Test
    void aRunBuildsOnlyTheCommandItNeeds() {
        List<Class<?>> all = List.copyOf(Registry.all().values());
        assertEquals(List.of(DeadlockDemo.class), Registry.needed("deadlock", "--fix", "order"));
        assertEquals(List.of(DeadlockDemo.class), Registry.needed("--debug", "deadlock"));
        assertEquals(List.of(), Registry.needed());
        assertEquals(List.of(), Registry.needed("--version"));
        assertEquals(all, Registry.needed("--help"));
        assertEquals(all, Registry.needed("help", "deadlock"));
        assertEquals(all, Registry.needed("completion"));
        assertEquals(all, Registry.needed("dedlock"));
    }
}
