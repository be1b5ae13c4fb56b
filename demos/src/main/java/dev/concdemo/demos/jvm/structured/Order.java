package dev.concdemo.demos.jvm.structured;

import java.time.Duration;
import java.util.List;

/**
 * The request both halves handle, one subtask per part: {@code user} finishes quickly,
 * {@code charge} fails ("card declined"), {@code stock} and {@code history} would take
 * seconds. Forked in a StructuredTaskScope (the child) and submitted to an ExecutorService
 * (here), with the same timings. Public: the preview child's package uses it.
 */
public final class Order {
    private Order() {}

    /** The request's id, bound to a ScopedValue (and set in a ThreadLocal) for its extent. */
    public static final String ID = "order-42";

    /** The parts, in the order they are forked or submitted. */
    public static final List<String> PARTS = List.of("user", "stock", "charge", "history");

    /** The part that fails. */
    public static final String FAILS = "charge";

    /** What it fails with. */
    public static final String DECLINED = "card declined";

    /** user's work: done before charge fails. */
    public static final Duration QUICK = Duration.ofMillis(100);

    /** charge's work until it fails. */
    public static final Duration UNTIL_FAILURE = Duration.ofMillis(300);

    /** stock's and history's work: far longer than the rest, so only a cancel ends it early. */
    public static final Duration SLOW = Duration.ofSeconds(5);

    /** The size of the value each thread keeps in a ThreadLocal, or reads from one ScopedValue. */
    public static final int VALUE_BYTES = 1024;

    /** The threads' names: "scope-user" in the scope, "pool-user" in the executor. */
    public static String[] names(String prefix) {
        return PARTS.stream().map(part -> prefix + part).toArray(String[]::new);
    }

    /** How long a part works: quick, until failure, or slow. */
    public static Duration work(String part) {
        return switch (part) {
            case "user" -> QUICK;
            case FAILS -> UNTIL_FAILURE;
            default -> SLOW;
        };
    }
}
