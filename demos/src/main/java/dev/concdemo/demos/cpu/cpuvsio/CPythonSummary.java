package dev.concdemo.demos.cpu.cpuvsio;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;

/**
 * The section a cpu-vs-io run with --python adds after its summary: CPython's rows beside the
 * JVM's of the same kinds, then one sentence computed from both.
 */
final class CPythonSummary {
    /** At least this speedup over one thread counts as "sped up": the work overlapped. */
    static final double SPED_UP = 1.5;

    private CPythonSummary() {}

    static void print(Narrator nar, CpuVsIoReport java, CPythonReport py) {
        Texts texts = Texts.of(CPythonSummary.class);
        nar.sayPlain("");
        nar.say("@|bold " + texts.format("python.heading", py.interpreter()) + "|@" + Texts.between()
                + texts.format("python.note", py.cpuTasks(), py.fibN(), java.fibN()));
        Table table = new Table("", "workers", "CPU-bound", "speedup", "IO-bound", "speedup");
        for (CPythonReport.Row r : py.rows()) {
            table.row(
                    "CPython",
                    CPythonRun.label(r),
                    Units.seconds(r.cpuMs() * 1_000_000),
                    Units.fixed2(r.cpuSpeedup()) + "x",
                    Units.seconds(r.ioMs() * 1_000_000),
                    Units.fixed2(r.ioSpeedup()) + "x");
        }
        for (CpuVsIoReport.Row r :
                java.rows().subList(0, Math.min(4, java.rows().size()))) {
            table.row(
                    "JVM",
                    r.workers(),
                    Units.seconds(r.cpuMs() * 1_000_000),
                    Units.fixed2(r.cpuSpeedup()) + "x",
                    Units.seconds(r.ioMs() * 1_000_000),
                    Units.fixed2(r.ioSpeedup()) + "x");
        }
        table.lines("  ").forEach(nar::sayPlain);
        nar.sayPlain("");
        nar.sayPlain(Width.fill(sentence(texts, java, py)));
    }

    /** One sentence: CPython's CPU-bound load on threads and processes, its IO-bound load, the JVM's threads. */
    static String sentence(Texts texts, CpuVsIoReport java, CPythonReport py) {
        CPythonReport.Row threads = py.threads();
        CPythonReport.Row procs = py.processes();
        boolean threadsSped = threads.cpuSpeedup() >= SPED_UP;
        boolean procsSped = procs.cpuSpeedup() >= SPED_UP;
        String cpu = texts.format(
                threadsSped ? "sentence.cpu.parallel" : procsSped ? "sentence.cpu.gil" : "sentence.cpu.flat",
                procs.size(),
                procs.cpuSpeedup(),
                threads.cpuSpeedup());
        CPythonReport.Row perTask = py.perTask();
        String io = texts.format(
                perTask.ioSpeedup() >= procs.ioSpeedup() ? "sentence.io.threads" : "sentence.io.procs",
                CPythonRun.label(perTask),
                perTask.ioSpeedup(),
                procs.size(),
                procs.ioSpeedup());
        CpuVsIoReport.Row jvmThreads = java.rows().get(1);
        String jvm = texts.format("sentence.jvm", jvmThreads.workers(), jvmThreads.cpuSpeedup());
        return texts.format("sentence", cpu, io, jvm);
    }
}
