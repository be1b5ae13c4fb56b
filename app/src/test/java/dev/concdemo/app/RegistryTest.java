package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.concdemo.demos.sync.deadlock.DeadlockDemo;
import dev.concdemo.support.cli.Scenario;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
    void everyClassMarkedAsAScenarioIsRegistered() {
        Set<String> marked = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.concdemo.demos")
                        .stream()
                        .filter(c -> c.isAnnotatedWith(Scenario.class))
                        .map(JavaClass::getName)
                        .collect(Collectors.toCollection(TreeSet::new));
        Set<String> registered =
                Registry.SCENARIOS.values().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(marked, registered, "a @Scenario class the catalogue would not list, or the other way");
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
