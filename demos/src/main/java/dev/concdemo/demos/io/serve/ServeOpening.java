package dev.concdemo.demos.io.serve;

import dev.concdemo.demos.io.fib.FibGrowth;
import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.util.Locale;

/**
 * serve's opening lines, once it listens: the command, where it listens and what the model
 * is; how fib's time grows with n (timed as it started); the offload; how to try it and stop it.
 */
final class ServeOpening {
    private ServeOpening() {}

    /** {@code offload}: the n from which fib is computed in child JVMs, or null for none. */
    static void heading(Narrator narrator, ServeRun run, Model model, Service service, String host, Integer offload) {
        Texts words = Texts.of(ServeDemo.class);
        narrator.say(
                "@|bold serve --model %s%s|@".formatted(model, service == Service.FIB ? "" : " --service " + service)
                        + words.format( // the command in bold, then the bundle's words
                                "heading",
                                words.format("listening", host, run.port()),
                                words.format("model." + model.name().toLowerCase(Locale.ROOT))));
        if (service == Service.FIB) {
            narrator.sayPlain(Width.fill(growthText(run.growth(), run.maxN())));
        }
        if (offload != null) {
            narrator.sayPlain(words.format("offload", offload));
        }
    }

    /** The last line: how to try the server and stop it. */
    static void tryIt(Narrator narrator, ServeRun run, Service service) {
        Texts words = Texts.of(ServeDemo.class);
        narrator.sayPlain(
                words.format("try", run.port(), words.format(service == Service.FIB ? "try.fib" : "try.upper")));
    }

    /** How long fib(n) takes as n grows, from what was timed as the server started. */
    static String growthText(FibGrowth g, int maxN) {
        Texts texts = Texts.of(ServeDemo.class);
        double seconds = g.seconds(maxN);
        String maxNTime = seconds < 120
                ? texts.format("seconds", seconds)
                : seconds < 2 * 86_400
                        ? texts.format("hours", seconds / 3600)
                        : texts.format("years", seconds / 31_557_600);
        return texts.format(
                "growth",
                g.from(),
                g.millis().getFirst(),
                g.to(),
                g.millis().getLast(),
                g.ratio(),
                maxN,
                maxNTime,
                g.log10Years(1000));
    }
}
