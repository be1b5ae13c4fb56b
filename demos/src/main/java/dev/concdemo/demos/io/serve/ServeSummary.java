package dev.concdemo.demos.io.serve;

import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;

/** What serve counted, said when it stops: connections, requests, the CPU it used, its threads. */
final class ServeSummary {
    private ServeSummary() {}

    static void print(Narrator narrator, ServeReport r) {
        Texts words = Texts.of(ServeDemo.class);
        narrator.sayPlain("");
        narrator.say("@|bold " + Texts.heading("Summary") + "|@"
                + words.format("summary.up", r.model(), Units.secondsSaid(r.uptimeMs() * 1_000_000)));
        narrator.sayPlain(words.format("summary.counts", r.connections(), r.requests(), r.errors(), r.rejected()));
        narrator.sayPlain(words.format(
                "summary.cpu",
                Units.secondsSaid(r.cpuMs() * 1_000_000),
                Units.fixed2(r.cpuShare()),
                r.model() == Model.NONBLOCKING ? words.format("summary.spins") : ""));
        narrator.sayPlain(words.format("summary.threads", r.threads()));
    }
}
