package dev.concdemo.demos.proc.zombie;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;

/** The closing summary of a zombie run: what a zombie is, how many piled up unreaped, how few when reaped. */
final class ZombieSummary {
    private ZombieSummary() {}

    static void print(Narrator n, ZombieReport r) {
        n.sayPlain("");
        Texts texts = Texts.of(ZombieDemo.class);
        n.sayPlain(texts.format(
                "summary",
                r.zombiePid(),
                r.stateAfterExit(),
                r.parentWhileZombie(),
                r.jdkSaysAlive() ? "true" : "false",
                r.exitStatusReaped(),
                texts.count("zombies", r.peakZombiesUnreaped()),
                texts.count("children", r.children()),
                r.zombiesAfterReapingAll(),
                r.peakZombiesReaped()));
    }
}
