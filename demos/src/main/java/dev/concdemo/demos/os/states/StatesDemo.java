package dev.concdemo.demos.os.states;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.CodedOption;
import dev.concdemo.support.cli.Scenario;
import dev.concdemo.support.cli.ScenarioCommand;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.cli.TimeScaleOption;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Width;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;

/**
 * The three process states (seed 001, 进程执行的三状态图), live: ready (has everything but the
 * CPU), running (on the CPU), blocked (waiting for an event). Five threads whose work moves
 * them between the three, sampled every millisecond in two views: Java's {@code Thread.State},
 * which says RUNNABLE whether the thread runs, waits for a CPU or (in a socket read) sleeps in
 * the kernel; and the kernel's, whose R letter cannot tell running from ready either, but whose
 * CPU and run-queue times, growing between samples, can.
 *
 * <p>Try: {@code concdemo states}.
 */
@Scenario(chapter = Chapter.OS, seed = "001 进程执行的三状态图")
@Command(
        name = "states",
        mixinStandardHelpOptions = true,
        description = {
            "Running, ready, blocked: threads sampled every ms in Java's view and the kernel's.",
            "",
            "Five threads pinned to one CPU (two computing, one sleeping and computing, one waiting for a lock, one"
                    + " blocked in a socket read) are sampled every millisecond: Thread.getState(), and the kernel's"
                    + " /proc/self/task/TID (its state letter, and how its time on a CPU and on the run queue grew)."
                    + " Java cannot tell ready from running, and calls a thread blocked in a socket read RUNNABLE.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  concdemo states", "  concdemo states --time-scale 0.5 --json"})
public final class StatesDemo extends ScenarioCommand<Record> {
    private final TimeScaleOption time = new TimeScaleOption();

    public StatesDemo(Session session) {
        super(session);
    }

    @Override
    public List<CodedOption> options() {
        return List.of(time);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Narrator n = session.narrator(common, 10);
        long began = System.nanoTime();
        n.say("@|bold states|@" + Texts.of(StatesDemo.class).format("opening"));
        StatesRun run = new StatesRun(time.timeScale());
        List<StatesRun.Track> tracks = run.run();
        StatesReport report = report(tracks, run.sampleMs(), (System.nanoTime() - began) / 1_000_000);
        if (common.json()) {
            common.printJson(session, report);
            return ExitCode.OK;
        }
        n.sayPlain("");
        if (!report.kernelView()) {
            n.sayPlain("  This system has no /proc/self/task/TID/schedstat (not Linux): Java's view alone.");
        }
        int width = 80;
        int bucket = (int) Math.max(1, (report.samples() + width - 1) / width);
        legend(report, bucket).forEach(n::sayPlain);
        for (StatesReport.ThreadRow row : report.threads()) {
            n.sayPlain("  %-9s java   %s".formatted(row.name(), squeeze(row.java(), bucket)));
            if (report.kernelView()) {
                n.sayPlain("  %-9s kernel %s".formatted("", squeeze(row.kernel(), bucket)));
            }
        }
        n.sayPlain("");
        if (report.kernelView()) {
            Table t = new Table(
                    "samples:", "running", "ready", "blocked", "RUNNABLE to Java but asleep", "RUNNABLE but ready");
            for (StatesReport.ThreadRow row : report.threads()) {
                t.row(
                        row.name(),
                        row.kernelCounts().get("running"),
                        row.kernelCounts().get("ready"),
                        row.kernelCounts().get("blocked"),
                        row.runnableButBlocked(),
                        row.runnableButReady());
            }
            t.lines("  ").forEach(n::sayPlain);
            n.sayPlain("");
            n.sayPlain(Width.fill(summary(report)));
        }
        return ExitCode.OK;
    }

    static StatesReport report(List<StatesRun.Track> tracks, double sampleMs, long elapsedMs) {
        List<StatesReport.ThreadRow> rows = new ArrayList<>();
        Map<String, Integer> transitions = new TreeMap<>();
        long samples = 0;
        int inferred = 0;
        boolean kernel = KernelView.available();
        for (StatesRun.Track t : tracks) {
            String java = t.java().toString();
            String k = t.kernel().toString();
            samples = Math.max(samples, java.length());
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("running", count(k, StateNames.RUNNING));
            counts.put("ready", count(k, StateNames.READY));
            counts.put("blocked", count(k, StateNames.BLOCKED));
            int asleep = 0;
            int ready = 0;
            for (int i = 0; i < Math.min(java.length(), k.length()); i++) {
                if (java.charAt(i) == 'U' && k.charAt(i) == StateNames.BLOCKED) {
                    asleep++;
                } else if (java.charAt(i) == 'U' && k.charAt(i) == StateNames.READY) {
                    ready++;
                }
            }
            inferred += countTransitions(k, transitions);
            rows.add(new StatesReport.ThreadRow(t.name(), t.tid(), java, k, counts, asleep, ready));
        }
        return new StatesReport(samples, sampleMs, kernel, rows, transitions, inferred, elapsedMs);
    }

    /**
     * Adds the kernel's state changes in one thread's samples to {@code transitions}; returns
     * how many of them fell between two samples. One letter per sample cannot show a stay
     * shorter than a sample, but the scheduler's rules fill it in: a thread blocks only from
     * running (ready, then blocked: it ran in between), and a woken thread is ready before it
     * runs (blocked, then running: it was ready in between).
     */
    static int countTransitions(String kernel, Map<String, Integer> transitions) {
        int inferred = 0;
        for (int i = 1; i < kernel.length(); i++) {
            char a = kernel.charAt(i - 1);
            char b = kernel.charAt(i);
            if (a == b || name(a) == null || name(b) == null) {
                continue;
            }
            if (a == StateNames.READY && b == StateNames.BLOCKED) {
                transitions.merge("ready->running", 1, Integer::sum);
                transitions.merge("running->blocked", 1, Integer::sum);
                inferred += 2;
            } else if (a == StateNames.BLOCKED && b == StateNames.RUNNING) {
                transitions.merge("blocked->ready", 1, Integer::sum);
                transitions.merge("ready->running", 1, Integer::sum);
                inferred += 2;
            } else {
                transitions.merge(name(a) + "->" + name(b), 1, Integer::sum);
            }
        }
        return inferred;
    }

    /**
     * The legend of the timelines as drawn: only the letters that appear in them, and the
     * states that were sampled but never won a column, with their sample counts.
     */
    static List<String> legend(StatesReport r, int bucket) {
        Map<Character, String> kernelNames = new LinkedHashMap<>();
        kernelNames.put(StateNames.RUNNING, "running");
        kernelNames.put(StateNames.READY, "ready");
        kernelNames.put(StateNames.BLOCKED, "blocked");
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
        lines.add("  a sample every %.2f ms, one column = %s"
                .formatted(r.sampleMs(), bucket == 1 ? "1 sample" : bucket + " samples"));
        if (r.kernelView()) {
            lines.addAll(legendLines("kernel", kernelNames, drawnKernel.toString(), sampledKernel.toString()));
        }
        lines.addAll(legendLines("Java", javaNames, drawnJava.toString(), sampledJava.toString()));
        return lines;
    }

    private static List<String> legendLines(String view, Map<Character, String> names, String drawn, String sampled) {
        List<String> shown = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        names.forEach((letter, name) -> {
            int n = count(sampled, letter);
            if (drawn.indexOf(letter) >= 0) {
                shown.add(letter + " " + name);
            } else if (n > 0) {
                hidden.add("%s in %d sample%s".formatted(name.split(" ")[0], n, n == 1 ? "" : "s"));
            }
        });
        List<String> lines = new ArrayList<>();
        lines.add("  %s: %s".formatted(view, String.join(", ", shown)));
        if (!hidden.isEmpty()) {
            lines.add(
                    "    (not drawn, never a column's most frequent letter: %s)".formatted(String.join(", ", hidden)));
        }
        return lines;
    }

    private static String name(char c) {
        return switch (c) {
            case StateNames.RUNNING -> "running";
            case StateNames.READY -> "ready";
            case StateNames.BLOCKED -> "blocked";
            default -> null;
        };
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
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

    private static String summary(StatesReport r) {
        Map<String, Integer> tr = r.transitions();
        int asleep = r.threads().stream()
                .mapToInt(StatesReport.ThreadRow::runnableButBlocked)
                .sum();
        int ready = r.threads().stream()
                .mapToInt(StatesReport.ThreadRow::runnableButReady)
                .sum();
        Texts t = Texts.of(StatesDemo.class); // one paragraph, filled to the width where it is printed
        return t.format(
                "summary",
                r.sampleMs(),
                tr.getOrDefault("ready->running", 0),
                tr.getOrDefault("running->ready", 0),
                tr.getOrDefault("running->blocked", 0),
                tr.getOrDefault("blocked->ready", 0),
                r.transitionsInferred(),
                ready,
                asleep);
    }
}
