package dev.concdemo.demos.cpu.primes;

import dev.concdemo.support.cli.WorkerKind;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.nio.file.Path;

/** The opening line of a primes run: how many numbers, whose, and on what. */
final class PrimesIntro {
    private PrimesIntro() {}

    /** {@code file} is null for the notes' list. */
    static void say(Narrator n, PrimesRun.Settings s, int distinct, Path file) {
        Texts texts = Texts.of(PrimesIntro.class);
        int repeat = s.repeat();
        String workload = file == null
                ? repeat == Primes.SEED_REPEAT ? texts.format("workload.exact") : texts.format("workload.notes", repeat)
                : repeat == 1
                        ? texts.format("workload.file", texts.count("numbers", distinct), file)
                        : texts.format("workload.file.repeated", texts.count("numbers", distinct), file, repeat);
        String who = s.sweep()
                ? texts.format(
                        s.kind() == WorkerKind.CHILD_JVMS ? "who.procs.each" : "who.threads.each",
                        String.join(
                                ", ", s.counts().stream().map(String::valueOf).toList()))
                : PrimesSummary.who(s.kind(), s.counts().getFirst());
        n.say("@|bold primes|@" + Texts.between()
                + texts.format("intro", s.numbers().size(), workload, who));
        n.sayPlain("");
    }
}
