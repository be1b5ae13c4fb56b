package dev.concdemo.demos.sync.threads;

import java.util.List;
import java.util.Map;

/**
 * What {@code concdemo threads} showed; printed as JSON with --json.
 *
 * @param lines each step's printed lines, in the order they were printed
 * @param printedFirst for each step where main and the new thread raced to print (1, 2, 4, 5): who
 *     printed first in this run, "thread" or "main"
 * @param moneySeenBeforeJoin step 4: what main read before join(), 100 (the thread had not set it yet)
 *     or 666
 * @param moneySeenByMain after join, main's money: the thread's 666, one memory for all threads
 * @param daemonAliveAtEnd the daemon was still sleeping when the scenario ended, its "is over" unprinted
 */
record ThreadsReport(
        Map<String, List<String>> lines,
        Map<String, String> printedFirst,
        int moneySeenBeforeJoin,
        int moneySeenByMain,
        int activeCountInThread,
        boolean daemonAliveAtEnd) {

    /** The race steps in which the new thread printed first. */
    List<String> threadFirstSteps() {
        return printedFirst.entrySet().stream()
                .filter(e -> e.getValue().equals("thread"))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The race steps in which main printed first. */
    List<String> mainFirstSteps() {
        return printedFirst.entrySet().stream()
                .filter(e -> e.getValue().equals("main"))
                .map(Map.Entry::getKey)
                .toList();
    }
}
