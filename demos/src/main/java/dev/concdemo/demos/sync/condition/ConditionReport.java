package dev.concdemo.demos.sync.condition;

/**
 * What {@code concdemo condition} did; printed as JSON with --json.
 *
 * @param inOrder the consumer got every item, once, in the order put
 * @param maxSize the most items ever in the buffer (at most {@code capacity})
 * @param waits how often a thread found its predicate false and waited on a condition
 */
record ConditionReport(
        int capacity, int items, int received, boolean inOrder, int maxSize, int waits, long elapsedMs) {}
