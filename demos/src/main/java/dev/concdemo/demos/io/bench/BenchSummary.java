package dev.concdemo.demos.io.bench;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;

/**
 * bench's closing lines: the totals and round-trip percentiles of the last step on the first
 * server, the hog's rate, and for latency the ladder ({@link LadderSummary}).
 */
final class BenchSummary {
    private BenchSummary() {}

    /** {@code ladder}: latency's steps compared, or null for rps. */
    static void print(Narrator n, BenchReport r, LadderSummary ladder) {
        Texts texts = Texts.of(BenchSummary.class);
        n.sayPlain("");
        n.say("@|bold " + Texts.heading("Summary") + "|@" + texts.format("summary.server", r.server()));
        n.say(texts.format(
                "summary.total",
                texts.count("requests", r.requests()),
                r.seconds(),
                r.requestsPerSecond(),
                texts.count(r.connectPerRequest() ? "over.clients" : "over.connections", r.connections()),
                texts.count("errors", r.errors()),
                texts.count("wrongAnswers", r.wrongAnswers()),
                r.steps().size() > 1 ? texts.format("summary.allSteps") : ""));
        BenchReport.Latency l = r.latencyMs();
        n.sayPlain(texts.format("summary.roundTrip", l.p50(), l.p90(), l.p99(), l.max()));
        if (r.hogN() != null) {
            n.sayPlain(texts.format("summary.hog", r.hogN(), r.hogRequestsPerSecond()));
        }
        if (ladder != null) {
            ladder.lines().forEach(n::sayPlain);
        }
    }
}
