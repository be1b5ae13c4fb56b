package dev.concdemo.demos.sync.threads;

import java.util.List;
import java.util.Map;

/**
 * What {@code concdemo threads} showed; printed as JSON with --json.
 *
 * @param lines each step's printed lines, in the order they were printed
 * @param moneySeenByMain after join, main's money: the thread's 666, one memory for all threads
 * @param daemonAliveAtEnd the daemon was still sleeping when the scenario ended, its "is over" unprinted
 */
record ThreadsReport(
        String scenario,
        Map<String, List<String>> lines,
        int moneySeenByMain,
        int activeCountInThread,
        boolean daemonAliveAtEnd) {}
