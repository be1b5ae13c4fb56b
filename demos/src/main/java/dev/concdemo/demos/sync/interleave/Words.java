package dev.concdemo.demos.sync.interleave;

import dev.concdemo.support.term.Texts;

/**
 * What {@code interleave} says about one program, in the run's language: its story, the goal
 * the learner plays for, what reaching it means, what the fix changes, a hint, and why a
 * thread cannot move. The texts are the bundle's, under the program's name.
 */
final class Words {
    private final Texts texts;
    private final ProgramName program;

    Words(ProgramName program) {
        this(program, Texts.of(Words.class));
    }

    Words(ProgramName program, Texts texts) {
        this.program = program;
        this.texts = texts;
    }

    Texts texts() {
        return texts;
    }

    /** What the program retells, one sentence. */
    String story() {
        return own("story");
    }

    /** What counts as breaking it: the player's goal. */
    String goal() {
        return own("goal");
    }

    /** What the broken outcome means, said when it is reached. */
    String broken() {
        return own("broken");
    }

    /** What the fixed variant changes, and why no interleaving breaks it. */
    String fix() {
        return own("fix");
    }

    /** A hint, for a player whose threads all finished without breaking it. */
    String hint() {
        return own("hint");
    }

    /** The longer explanation, behind {@code ?}. */
    String explain() {
        return own("explain");
    }

    /** "Broken after step 6: …". */
    String brokenNow(int step) {
        return texts.format("brokenAfter", step, broken());
    }

    /** Why a thread cannot move, in words. */
    String reason(Step.Blocked why) {
        return texts.format(why.key(), why.args());
    }

    private String own(String what) {
        return texts.format(program + "." + what);
    }
}
