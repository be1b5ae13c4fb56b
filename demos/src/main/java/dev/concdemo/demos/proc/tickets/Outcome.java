package dev.concdemo.demos.proc.tickets;

/**
 * What one buyer's buy came to, sent to the parent when it is done (a {@code ToParent} message).
 *
 * @param what "bought", or "none" when the stock it read was 0
 * @param startMicros when the buy began (its read), on the wall clock in µs, comparable across processes
 * @param endMicros when it ended (after its write, if any)
 */
record Outcome(String what, long startMicros, long endMicros) {}
