package dev.concdemo.demos.jvm.reorder;

import java.util.Map;

/**
 * What {@code concdemo reorder} counted; printed as JSON with --json.
 *
 * @param trials per experiment (each of the four tables)
 * @param batch trials per batch: fresh fields, both actors over all of them, then counted
 * @param arch the CPU architecture the run was on (os.arch)
 * @param outcomes store buffering: "r1,r2" to its count, for "plain" and for "volatile" fields
 * @param messagePassing "flag,data" to its count ("false,-": no flag seen, data not read), for a
 *     "plain" and for a "volatile" flag
 * @param elapsedMs wall time of the four experiments
 */
record ReorderReport(
        long trials,
        int batch,
        String arch,
        Map<String, Map<String, Long>> outcomes,
        Map<String, Map<String, Long>> messagePassing,
        long elapsedMs) {
    static final String PLAIN = "plain";
    static final String VOLATILE = "volatile";

    /** The count of store-buffering outcome {@code key} ("0,0") with {@code fields} plain or volatile. */
    long sb(String fields, String key) {
        return outcomes.get(fields).get(key);
    }

    /** The count of message-passing outcome {@code key} ("true,0") with a plain or volatile flag. */
    long mp(String flag, String key) {
        return messagePassing.get(flag).get(key);
    }
}
