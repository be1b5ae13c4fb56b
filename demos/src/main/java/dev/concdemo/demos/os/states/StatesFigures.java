package dev.concdemo.demos.os.states;

import dev.concdemo.support.html.Figure;
import dev.concdemo.support.html.Strips;
import dev.concdemo.support.term.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figure of states' page: each thread's samples as strips, Java's view ({@code Thread.State})
 * over the kernel's (running, ready, blocked), so that a RUNNABLE stretch is seen split into the
 * kernel's three. Sample {@code i} covers {@code [i, i + 1)} sampling periods from the first.
 */
final class StatesFigures {
    /** The kernel's letters in the caption's order. */
    private static final String KERNEL = "" + StateNames.RUNNING + StateNames.READY + StateNames.BLOCKED;

    private StatesFigures() {}

    /** Java's letters, in the legend's order: the kind a segment names, and its legend key. */
    private static Map<Character, String> javaKinds(Texts t) {
        Map<Character, String> kinds = new LinkedHashMap<>();
        kinds.put('U', t.format("figure.java.runnable"));
        kinds.put('L', t.format("figure.java.blocked"));
        kinds.put('W', t.format("figure.java.waiting"));
        kinds.put('T', t.format("figure.java.timedWaiting"));
        return kinds;
    }

    private static Map<Character, String> kernelKinds(Texts t) {
        Map<Character, String> kinds = new LinkedHashMap<>();
        kinds.put(StateNames.RUNNING, t.format("state.running"));
        kinds.put(StateNames.READY, t.format("state.ready"));
        kinds.put(StateNames.BLOCKED, t.format("state.blocked"));
        return kinds;
    }

    static List<Figure> of(StatesReport r) {
        return List.of(strips(r));
    }

    static Strips strips(StatesReport r) {
        Texts t = Texts.of(StatesFigures.class);
        Map<Character, String> java = javaKinds(t);
        Map<Character, String> kernel = kernelKinds(t);
        List<Strips.Row> rows = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (StatesReport.ThreadRow thread : r.threads()) {
            rows.add(row(t.format("figure.row.java", thread.name()), thread.java(), "java.", java, r.sampleMs(), used));
            if (r.kernelView()) {
                rows.add(row(
                        t.format("figure.row.kernel", thread.name()),
                        thread.kernel(),
                        "kernel.",
                        kernel,
                        r.sampleMs(),
                        used));
            }
        }
        List<Strips.Kind> legend = new ArrayList<>();
        java.forEach((letter, name) -> legend(legend, used, "java." + letter, t.format("figure.legend.java", name)));
        kernel.forEach(
                (letter, name) -> legend(legend, used, "kernel." + letter, t.format("figure.legend.kernel", name)));
        String title = r.kernelView()
                ? t.format("figure.title", r.sampleMs())
                : t.format("figure.title.javaOnly", r.sampleMs());
        return new Strips(title, caption(r, t), t.format("figure.ms"), rows, legend);
    }

    private static void legend(List<Strips.Kind> legend, Set<String> used, String kind, String name) {
        if (used.contains(kind)) {
            legend.add(new Strips.Kind(kind, name));
        }
    }

    /** A thread's letters as segments, a run of one letter each; letters without a name (unknown) leave a gap. */
    static Strips.Row row(
            String label, String letters, String prefix, Map<Character, String> names, double ms, Set<String> used) {
        List<Strips.Segment> segments = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= letters.length(); i++) {
            if (i < letters.length() && letters.charAt(i) == letters.charAt(from)) {
                continue;
            }
            char letter = letters.charAt(from);
            String name = names.get(letter);
            if (name != null) {
                segments.add(new Strips.Segment(from * ms, i * ms, name, prefix + letter));
                used.add(prefix + letter);
            }
            from = i;
        }
        return new Strips.Row(label, segments);
    }

    /** What the kernel said in the samples where Java said RUNNABLE, in shares of them. */
    static String caption(StatesReport r, Texts t) {
        long samples = r.threads().stream().mapToLong(x -> x.java().length()).sum();
        if (!r.kernelView()) {
            return t.format("figure.caption.javaOnly", samples);
        }
        long[] kernel = new long[3]; // running, ready, blocked
        for (StatesReport.ThreadRow thread : r.threads()) {
            int n = Math.min(thread.java().length(), thread.kernel().length());
            for (int i = 0; i < n; i++) {
                if (thread.java().charAt(i) != 'U') {
                    continue;
                }
                int at = KERNEL.indexOf(thread.kernel().charAt(i));
                if (at >= 0) {
                    kernel[at]++;
                }
            }
        }
        long runnable = kernel[0] + kernel[1] + kernel[2];
        if (runnable == 0) {
            return t.format("figure.caption.noRunnable", samples);
        }
        return t.format(
                "figure.caption",
                runnable,
                100.0 * kernel[0] / runnable,
                100.0 * kernel[1] / runnable,
                100.0 * kernel[2] / runnable);
    }
}
