package dev.concdemo.demos.sync.event;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.time.Duration;

/** An event run's words: the opening lines (the seed's numbers as drawn) and the closing summary. */
final class EventSummary {
    private EventSummary() {}

    static void introduce(Narrator n, EventDemo.Settings s) {
        Texts t = Texts.of(EventSummary.class);
        String after = s.delay().equals(Duration.ofSeconds(s.delaySeconds()))
                ? t.format("after", s.delaySeconds())
                : t.format("after.scaled", s.delay().toNanos() / 1e9, s.delaySeconds());
        n.say("@|bold event|@" + t.format("opening", after));
        n.sayPlain(t.format("waiters", Units.secondsMs(s.every().toNanos()), t.count("times", s.tries()), s.seed()));
        n.sayPlain("");
    }

    static void print(Narrator n, EventDemo.Settings s, EventReport r) {
        Texts t = Texts.of(EventSummary.class);
        n.sayPlain("");
        if (r.waiters().stream().anyMatch(EventReport.Waiter::connected)) {
            n.sayPlain(t.format("connected"));
            return;
        }
        n.sayPlain(t.format(
                "gave-up",
                t.count("tries", s.tries()),
                Units.secondsMs(s.every().toNanos()),
                Units.secondsMs(s.every().multipliedBy(s.tries()).toNanos()),
                Units.secondsMs(s.delay().toNanos()),
                t.format(s.tries() == 3 ? "gave-up.notes" : "gave-up.more")));
    }
}
