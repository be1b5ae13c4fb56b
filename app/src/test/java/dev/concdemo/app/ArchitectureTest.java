package dev.concdemo.app;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Scenario;
import java.io.FileDescriptor;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The layering docs/development.md describes, kept by a test: app → demos →
 * support, nothing points back up; scenarios are islands that share only support and the
 * shared homes (packages whose package-info says so: {@code io.fib}). The rules are checked on
 * the main classes only; {@link ArchitectureRulesCatchTest} plants a violation of each in
 * fixture classes and sees it reported.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ArchitectureTest {
    /** Where the scenarios live. */
    static final String DEMOS = "dev.concdemo.demos";

    /** Each chapter's package under the scenarios' root (the catalogue's chapter 0 has none). */
    static final Map<Chapter, String> CHAPTER_PACKAGES = Map.of(
            Chapter.PROCESSES, "proc",
            Chapter.THREADS, "sync",
            Chapter.CPU, "cpu",
            Chapter.COROUTINES, "coro",
            Chapter.IO, "io",
            Chapter.OS, "os",
            Chapter.JVM, "jvm");

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
    void everyClassOfTheScenariosLivesInAChapterPackage() {
        everyClassLivesInAChapterPackage(DEMOS).check(main);
    }

    @Test
    void everyScenarioIsAPackageOfItsOwnChapter() {
        everyScenarioIsAPackageOfItsChapter(DEMOS).check(main);
    }

    @Test
    void onlyTheChildEntryPointAndMainTouchTheJvmsStreamsOrEndIt() {
        onlyTheEntryPointsTouchTheJvmsStreamsOrEndIt().check(main);
    }

    @Test
    void onlyADemoUsesPicocliAmongTheScenarios() {
        onlyDemosUsePicocli(DEMOS).check(main);
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

    /**
     * Only the entry points of the JVMs concdemo starts touch the JVM's standard streams (by
     * System or by FileDescriptor) or end the JVM: everything else is handed its streams
     * (a Session, a child program's Inbox and PrintStream) and returns an exit code.
     */
    static ArchRule onlyTheEntryPointsTouchTheJvmsStreamsOrEndIt() {
        return noClasses()
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
                .accessField(FileDescriptor.class, "in")
                .orShould()
                .accessField(FileDescriptor.class, "out")
                .orShould()
                .accessField(FileDescriptor.class, "err")
                .orShould()
                .callMethod(System.class, "exit", int.class)
                .orShould()
                .callMethod(Runtime.class, "halt", int.class)
                .orShould()
                .callMethod(Runtime.class, "exit", int.class)
                .orShould()
                .callMethod(System.class, "console");
    }

    /**
     * Among the scenarios under {@code demos}, only a command uses picocli: a {@code *Demo}
     * class, or a class nested in one (its option converters, its mixins). A run, a report, a
     * summary never see the command line.
     */
    static ArchRule onlyDemosUsePicocli(String demos) {
        return noClasses()
                .that()
                .resideInAPackage(demos + "..")
                .and(DescribedPredicate.not(aDemoOrNestedInOne()))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli..");
    }

    /**
     * Every class under {@code demos} lives in a chapter's package ({@code demos.sync},
     * {@code demos.sync.deadlock}, ...): none directly in {@code demos}, none in a package that
     * is no chapter.
     */
    static ArchRule everyClassLivesInAChapterPackage(String demos) {
        String[] chapters = CHAPTER_PACKAGES.values().stream()
                .map(chapter -> demos + "." + chapter + "..")
                .toArray(String[]::new);
        return classes()
                .that()
                .resideInAPackage(demos + "..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .resideInAnyPackage(chapters);
    }

    /**
     * A scenario (a class marked {@link Scenario}) is a package of its own in the package of the
     * chapter its annotation names: {@code @Scenario(chapter = THREADS)} in {@code demos.sync.NAME}.
     */
    static ArchRule everyScenarioIsAPackageOfItsChapter(String demos) {
        return classes()
                .that()
                .areAnnotatedWith(Scenario.class)
                .should(new ArchCondition<JavaClass>("be in a package of its own in its chapter's package") {
                    @Override
                    public void check(JavaClass scenario, ConditionEvents events) {
                        Chapter chapter =
                                scenario.getAnnotationOfType(Scenario.class).chapter();
                        String home = demos + "." + CHAPTER_PACKAGES.get(chapter) + ".";
                        String pkg = scenario.getPackageName();
                        boolean satisfied = pkg.startsWith(home)
                                && !pkg.substring(home.length()).contains(".");
                        events.add(new SimpleConditionEvent(
                                scenario,
                                satisfied,
                                scenario.getName() + " (chapter " + chapter + ") is in " + pkg + ", not in " + home
                                        + "NAME"));
                    }
                });
    }

    /** A {@code *Demo} class, or a class nested in one at any depth. */
    private static DescribedPredicate<JavaClass> aDemoOrNestedInOne() {
        return describe("a *Demo class or a class nested in one", c -> {
            for (JavaClass at = c; at != null; at = at.getEnclosingClass().orElse(null)) {
                if (at.getSimpleName().endsWith("Demo")) {
                    return true;
                }
            }
            return false;
        });
    }

    private static DescribedPredicate<JavaClass> sharedHome() {
        return describe("a shared home (io.fib)", c -> c.getPackageName().startsWith("dev.concdemo.demos.io.fib"));
    }
}
