package dev.concdemo.demos.coro.yield;

import dev.concdemo.support.term.Table;
import dev.concdemo.support.term.Texts;
import java.util.List;
import java.util.Locale;

/** The table of what handing one item over costs, four ways, in ns: its words from the bundle. */
final class CostTable {
    private CostTable() {}

    /** The table's lines, indented; {@code pinned}: whether the platform threads shared one core. */
    static List<String> lines(double callNs, double sendNs, double virtualNs, double platformNs, boolean pinned) {
        Texts t = Texts.of(CostTable.class);
        Table costs = new Table(t.format("costs.head").split("\\|"));
        row(costs, t.format("costs.call"), callNs);
        row(costs, t.format("costs.send"), sendNs);
        row(costs, t.format("costs.virtual"), virtualNs);
        row(costs, t.format(pinned ? "costs.platform" : "costs.platform.anyCore"), platformNs);
        return costs.lines("  ");
    }

    /** A row from the bundle's "name|what happens" and the cost between them. */
    private static void row(Table costs, String words, double ns) {
        String[] nameAndWhat = words.split("\\|");
        costs.row(nameAndWhat[0], String.format(Locale.ROOT, "%,.1f", ns), nameAndWhat[1]);
    }
}
