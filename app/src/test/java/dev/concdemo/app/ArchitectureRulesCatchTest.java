package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ArchitectureTest's rules catch what they forbid: each is checked on fixture classes
 * ({@code dev.concdemo.archfixtures}, test classes laid out as the scenarios are) that break it
 * on purpose, and must report exactly the ones that do, not the ones that keep it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ArchitectureRulesCatchTest {
    private static final String FIXTURES = "dev.concdemo.archfixtures";
    private static final String DEMOS = FIXTURES + ".demos";

    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(FIXTURES);
    }

    @Test
    void theStreamsRuleCatchesTheFileDescriptorsOfTheJvmsStreams() {
        String report = violations(ArchitectureTest.onlyTheEntryPointsTouchTheJvmsStreamsOrEndIt());
        assertTrue(report.contains("gets field <java.io.FileDescriptor.in>"), report);
        assertTrue(report.contains("gets field <java.io.FileDescriptor.out>"), report);
        assertTrue(report.contains("gets field <java.io.FileDescriptor.err>"), report);
        assertEquals(3, lines(report).size(), "LostRun's three and nothing else: " + report);
    }

    @Test
    void thePicocliRuleCatchesARunUsingItAndLetsADemoAndItsNestedClassesUseIt() {
        String report = violations(ArchitectureTest.onlyDemosUsePicocli(DEMOS));
        assertTrue(report.contains("<" + DEMOS + ".sync.lost.LostRun.usage()>"), report);
        lines(report).forEach(line -> assertTrue(line.contains("<" + DEMOS + ".sync.lost.LostRun"), line));
        assertFalse(report.contains("KeptDemo"), "a Demo and its nested classes may use picocli: " + report);
    }

    @Test
    void theChapterRuleCatchesAClassInTheRootAndOneInAPackageThatIsNoChapter() {
        String report = violations(ArchitectureTest.everyClassLivesInAChapterPackage(DEMOS));
        assertTrue(report.contains("Class <" + DEMOS + ".Stray>"), report);
        assertTrue(report.contains("Class <" + DEMOS + ".nochapter.Lost>"), report);
        assertEquals(2, lines(report).size(), "those two, not sync's: " + report);
    }

    @Test
    void theScenarioRuleCatchesAScenarioOutsideItsChaptersPackage() {
        String report = violations(ArchitectureTest.everyScenarioIsAPackageOfItsChapter(DEMOS));
        assertTrue(report.contains(DEMOS + ".sync.lost.LostDemo (chapter IO) is in " + DEMOS + ".sync.lost"), report);
        assertEquals(1, lines(report).size(), "KeptDemo is where its chapter says: " + report);
    }

    /** The rule's report on the fixtures, which must have violations: one line per violation. */
    private static String violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(fixtures);
        assertTrue(result.hasViolation(), "the rule reports nothing on the fixtures: " + rule.getDescription());
        return String.join("\n", result.getFailureReport().getDetails());
    }

    private static List<String> lines(String report) {
        return report.lines().toList();
    }
}
