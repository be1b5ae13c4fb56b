package dev.concdemo.app;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The layering docs/development.md describes, kept by a test: app → demos →
 * support, nothing points back up; scenarios are islands that share only support and the
 * shared homes (packages whose package-info says so: {@code io.fib}).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.concdemo");
    }

    @Test
    void supportKnowsNoScenarioAndNoApp() {
        noClasses()
                .that()
                .resideInAPackage("dev.concdemo.support..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.concdemo.demos..", "dev.concdemo.app..")
                .check(main);
    }

    @Test
    void supportsJobsFormNoCycle() {
        slices().matching("dev.concdemo.support.(*)..")
                .should()
                .beFreeOfCycles()
                .check(main);
    }

    @Test
    void scenariosNeverImportTheApp() {
        noClasses()
                .that()
                .resideInAPackage("dev.concdemo.demos..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.concdemo.app..")
                .check(main);
    }

    @Test
    void aScenarioNeverImportsAnotherScenario() {
        slices().matching("dev.concdemo.demos.(*).(*)..")
                .should()
                .notDependOnEachOther()
                .ignoreDependency(describe("any class", c -> true), sharedHome())
                .check(main);
    }

    @Test
    void everyScenarioLivesInAChapterPackage() {
        noClasses()
                .that()
                .resideInAPackage("dev.concdemo.demos")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .bePublic()
                .orShould()
                .notBePublic() // i.e. no class at all directly in demos
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void onlyTheChildEntryPointAndMainTouchTheJvmsStreamsOrEndIt() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.concdemo..")
                .and()
                .doNotHaveFullyQualifiedName("dev.concdemo.support.jvm.ChildMain")
                .and()
                .doNotHaveFullyQualifiedName("dev.concdemo.support.proc.ProgramMain")
                .and()
                .doNotHaveFullyQualifiedName("dev.concdemo.app.Main")
                .and()
                .doNotHaveFullyQualifiedName("dev.concdemo.app.Terminals") // System.console(), off Linux only
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .orShould()
                .accessField(System.class, "in")
                .orShould()
                .callMethod(System.class, "exit", int.class)
                .orShould()
                .callMethod(Runtime.class, "halt", int.class)
                .orShould()
                .callMethod(Runtime.class, "exit", int.class)
                .orShould()
                .callMethod(System.class, "console")
                .check(main);
    }

    @Test
    void noScenarioRegistersAShutdownHook() {
        noClasses()
                .that()
                .resideInAPackage("dev.concdemo.demos..")
                .should()
                .callMethod(Runtime.class, "addShutdownHook", Thread.class)
                .check(main);
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> sharedHome() {
        return describe("a shared home (io.fib)", c -> c.getPackageName().startsWith("dev.concdemo.demos.io.fib"));
    }
}
