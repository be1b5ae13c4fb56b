package dev.concdemo.demos.sync.deadlock;

import dev.concdemo.support.term.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A wait-for cycle as the JVM reports it: each thread holds a lock that the previous one
 * waits for, and waits for a lock that the next one holds. It is a deadlock when every
 * thread in it waits without a timeout; with timed waits it dissolves by itself.
 *
 * @param edges the threads in cycle order, starting from the lowest-numbered one
 * @param permanent true when every thread waits without a timeout (a real deadlock)
 * @param formedAtNanos when the last thread of the cycle began to wait (System.nanoTime)
 */
record WaitForCycle(List<Edge> edges, boolean permanent, long formedAtNanos) {

    /** One thread of the cycle: what it holds, what it waits for, and who holds that. */
    record Edge(String thread, List<String> holds, String waitsFor, String heldBy) {}

    List<String> threadNames() {
        return edges.stream().map(Edge::thread).toList();
    }

    /** The cycle as a table, then as one line a person reads at a glance. */
    List<String> render(String indent) {
        Table table = new Table("thread", "holds", "waits for", "held by");
        edges.forEach(
                e -> table.row(e.thread(), "lock " + String.join(", ", e.holds()), "lock " + e.waitsFor(), e.heldBy()));
        List<String> lines = new ArrayList<>(table.lines(indent));
        lines.add("");
        StringBuilder ring = new StringBuilder(indent).append(edges.getFirst().thread());
        for (Edge e : edges) {
            ring.append(" ──waits for ").append(e.waitsFor()).append("──▶ ").append(e.heldBy());
        }
        lines.add(ring.toString());
        lines.add(indent + "(an arrow X ──waits for L──▶ Y: thread X waits for lock L, which thread Y holds)");
        return lines;
    }
}
