package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Width;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * On a terminal narrower than 100 columns (COLUMNS, which the launcher sets from the
 * terminal), every kind of output fits it: the catalogue, a topic, a help page, a usage error,
 * a scenario's lines and summary.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NarrowTerminalTest {
    private static List<String> tooWide(int columns, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Session session = new Session(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                InputStream.nullInputStream(),
                false,
                false,
                Map.of("COLUMNS", Integer.toString(columns)));
        Main.run(session, args);
        List<String> wide = new ArrayList<>();
        (out + err.toString())
                .lines()
                .filter(l -> Width.of(l) > columns)
                .forEach(l -> wide.add(String.join(" ", args) + " (" + Width.of(l) + "): " + l));
        assertTrue(!out.toString().isEmpty() || !err.toString().isEmpty(), String.join(" ", args) + " printed");
        return wide;
    }

    @Test
    void everyKindOfOutputFits80Columns() {
        List<String> wide = new ArrayList<>();
        wide.addAll(tooWide(80, "list"));
        wide.addAll(tooWide(80, "list", "--lang", "zh"));
        wide.addAll(tooWide(80, "explain", "gil"));
        wide.addAll(tooWide(80, "deadlock", "--help"));
        wide.addAll(tooWide(80, "serve", "--help"));
        wide.addAll(tooWide(80, "serve", "--model", "nosuch"));
        wide.addAll(tooWide(80, "sched"));
        wide.addAll(tooWide(80, "sched", "--lang", "zh"));
        wide.addAll(tooWide(80, "race", "--trials", "3"));
        wide.addAll(tooWide(80, "deadlock", "--time-scale", "0.02"));
        assertEquals(List.of(), wide);
    }

    @Test
    void theUsageErrorThatWas158ColumnsIsBrokenUnderItsCommand() {
        StringWriter err = new StringWriter();
        Session session = new Session(
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true),
                InputStream.nullInputStream(),
                false,
                false,
                Map.of("COLUMNS", "60"));
        assertEquals(2, Main.run(session, "serve", "--model", "nosuch"));
        List<String> lines = err.toString().lines().toList();
        assertTrue(lines.getFirst().startsWith("concdemo serve: --model must be one of"), err.toString());
        assertTrue(lines.size() >= 3, "broken, then 'See ...': " + err);
        lines.forEach(l -> assertTrue(Width.of(l) <= 60, l));
    }

    @Test
    void withoutColumnsTheCatalogueIsTheBuildsPageUnchanged() {
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "list");
        assertEquals(Catalogue.render(dev.concdemo.support.term.Lang.EN), out.toString());
    }
}
