package dev.concdemo.demos.io.c10k;

import dev.concdemo.support.os.DescriptorLimit;
import dev.concdemo.support.term.Texts;

/**
 * The idle connections this process can hold: a descriptor each, within its open-files limit,
 * raised for the largest step where the kernel allows, less a spare. The servers inherit the
 * same limit, and hold the accepted ends.
 *
 * @param clientsAtMost idle connections this process can hold within {@code limits}
 */
record ClientBudget(DescriptorLimit.Limits limits, int clientsAtMost) {
    /** Descriptors this process keeps free beside the idle connections. */
    static final int SPARE_DESCRIPTORS = 200;

    /** Raises the limit for {@code largestStep} idle connections, and a margin. */
    static ClientBudget raisedFor(int largestStep) {
        DescriptorLimit.Limits limits = DescriptorLimit.raiseTo(largestStep + 1_000L);
        return new ClientBudget(
                limits, (int) Math.max(0, Math.min(Integer.MAX_VALUE, limits.soft() - SPARE_DESCRIPTORS)));
    }

    /** Whether the limit was raised as far as wanted, or why not, in {@code t}'s language. */
    String raised(Texts t) {
        return limits.refused() == null ? t.format("limitRaised") : t.format("limitRefused", limits.refused());
    }
}
