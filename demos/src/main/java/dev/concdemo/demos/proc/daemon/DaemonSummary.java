package dev.concdemo.demos.proc.daemon;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;

/** The closing summary of a daemon run: which child main's exit ended, which it waited for, and after kill -9. */
final class DaemonSummary {
    private DaemonSummary() {}

    static void print(Narrator n, DaemonReport r) {
        n.sayPlain("");
        Texts texts = Texts.of(DaemonDemo.class);
        n.sayPlain(texts.format(
                "summary",
                r.daemonPid(),
                texts.format(r.daemonSaidOver() ? "daemon.over" : "daemon.never"),
                r.mainPid(),
                r.workerPid(),
                texts.format(r.workerSaidOver() ? "worker.over" : "worker.never"),
                Units.fixed2(r.mainEndedAfterWorkerMillis()),
                r.orphanedDaemonPid(),
                Units.fixed2(r.daemonGoneAfterKillMillis()),
                r.killedMainPid()));
    }
}
