package dev.concdemo.demos.os.states;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the threads' timelines: one letter per column, Java's view and the kernel's under it,
 * at most {@value #WIDTH} columns (a column is the most frequent letter of its samples), with
 * the legend of the letters drawn.
 */
final class StatesChart {
    static final int WIDTH = 80;

    private StatesChart() {}

    static void print(Narrator n, StatesReport report) {
        int bucket = (int) Math.max(1, (report.samples() + WIDTH - 1) / WIDTH);
        legend(report, bucket).forEach(n::sayPlain);
        for (StatesReport.ThreadRow row : report.threads()) {
            n.sayPlain("  %-9s java   %s".formatted(row.name(), squeeze(row.java(), bucket)));
            if (report.kernelView()) {
                n.sayPlain("  %-9s kernel %s".formatted("", squeeze(row.kernel(), bucket)));
            }
        }
    }

    /**
     * The legend of the timelines as drawn: only the letters that appear in them, and the
     * states that were sampled but never won a column, with their sample counts.
     */
    static List<String> legend(StatesReport r, int bucket) {
        Map<Character, String> kernelNames = new LinkedHashMap<>();
        Texts t = Texts.of(StatesDemo.class);
        kernelNames.put(StateNames.RUNNING, t.format("state.running"));
        kernelNames.put(StateNames.READY, t.format("state.ready"));
        kernelNames.put(StateNames.BLOCKED, t.format("state.blocked"));
        Map<Character, String> javaNames = new LinkedHashMap<>();
        javaNames.put('U', "RUNNABLE");
        javaNames.put('L', "BLOCKED (a monitor)");
        javaNames.put('W', "WAITING");
        javaNames.put('T', "TIMED_WAITING (a sleep)");
        StringBuilder drawnJava = new StringBuilder();
        StringBuilder drawnKernel = new StringBuilder();
        StringBuilder sampledJava = new StringBuilder();
        StringBuilder sampledKernel = new StringBuilder();
        for (StatesReport.ThreadRow row : r.threads()) {
            drawnJava.append(squeeze(row.java(), bucket));
            drawnKernel.append(squeeze(row.kernel(), bucket));
            sampledJava.append(row.java());
            sampledKernel.append(row.kernel());
        }
        List<String> lines = new ArrayList<>();
        lines.add(t.format("legend.sampling", r.sampleMs(), t.count("samples", bucket)));
        if (r.kernelView()) {
            lines.addAll(legendLines("kernel", kernelNames, drawnKernel.toString(), sampledKernel.toString()));
        }
        lines.addAll(legendLines("Java", javaNames, drawnJava.toString(), sampledJava.toString()));
        return lines;
    }

    private static List<String> legendLines(String view, Map<Character, String> names, String drawn, String sampled) {
        Texts t = Texts.of(StatesDemo.class);
        List<String> shown = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        names.forEach((letter, name) -> {
            int n = StatesTally.count(sampled, letter);
            if (drawn.indexOf(letter) >= 0) {
                shown.add(letter + " " + name);
            } else if (n > 0) {
                hidden.add(t.format("legend.hiddenIn", name.split(" ")[0], t.count("samples", n)));
            }
        });
        List<String> lines = new ArrayList<>();
        lines.add("  %s: %s".formatted(view, String.join(", ", shown)));
        if (!hidden.isEmpty()) {
            lines.add(t.format("legend.notDrawn", String.join(", ", hidden)));
        }
        return lines;
    }

    /** One letter per {@code bucket} samples: the most frequent one. */
    static String squeeze(String samples, int bucket) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < samples.length(); i += bucket) {
            String part = samples.substring(i, Math.min(samples.length(), i + bucket));
            Map<Character, Integer> freq = new LinkedHashMap<>();
            part.chars().forEach(c -> freq.merge((char) c, 1, Integer::sum));
            out.append(freq.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey());
        }
        return out.toString();
    }
}
