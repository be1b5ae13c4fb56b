package dev.concdemo.demos.sync.interleave;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.util.stream.Collectors;

/** The closing words of a replayed or played schedule: broken or not, how it ended, the fix or a hint. */
final class ReplaySummary {
    private ReplaySummary() {}

    static void print(Narrator n, ReplayReport r, Words words, String command) {
        if (r.moves().isEmpty()) {
            return; // nothing was played
        }
        Texts t = Texts.of(ReplaySummary.class);
        String schedule = r.schedule().stream().map(String::valueOf).collect(Collectors.joining(" "));
        n.sayPlain("");
        if (r.broken()) {
            n.sayPlain(Width.fill(t.format("broken", r.brokenAtStep(), schedule)));
            n.sayPlain(Width.fill(t.format("fix", words.fix())));
            n.sayPlain("  " + command + " --variant fixed --explore");
        } else if (r.finished()) {
            n.sayPlain(Width.fill(t.format("notBroken", r.moves().size(), r.outcome(), schedule)));
            if (r.variant().equals(Variant.BROKEN.toString())) {
                n.sayPlain(Width.fill(t.format("hint", words.hint())));
            } else {
                n.sayPlain(Width.fill(t.format("play.fix", words.fix())));
            }
        } else {
            n.sayPlain(Width.fill(t.format("unfinished", r.moves().size(), schedule)));
        }
    }
}
