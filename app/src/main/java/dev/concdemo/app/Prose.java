package dev.concdemo.app;

import dev.concdemo.support.term.Width;
import java.util.ArrayList;
import java.util.List;

/**
 * Explanations as text files, laid out for a terminal: blocks separated by blank lines; a
 * block of lines starting "- " is a list (each item wrapped with a hanging indent); a block
 * whose lines start with two spaces is kept as written (a table, a figure); any other block is
 * a paragraph, wrapped. Wrapping counts CJK characters as two columns and breaks Chinese
 * between any two characters ({@link Width#wrap}).
 */
final class Prose {
    private Prose() {}

    static List<String> layout(String text, int columns) {
        List<String> lines = new ArrayList<>();
        for (String block : text.strip().split("\\n\\s*\\n")) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            List<String> blockLines = block.lines().toList();
            if (blockLines.getFirst().startsWith("  ")) {
                lines.addAll(blockLines.stream().map(String::stripTrailing).toList());
            } else if (blockLines.getFirst().startsWith("- ")) {
                List<String> item = new ArrayList<>();
                for (String line : blockLines) {
                    if (line.startsWith("- ") && !item.isEmpty()) {
                        lines.addAll(bullet(item, columns));
                        item.clear();
                    }
                    item.add(line);
                }
                lines.addAll(bullet(item, columns));
            } else {
                lines.addAll(Width.wrap(Width.join(block), columns, ""));
            }
        }
        return lines;
    }

    private static List<String> bullet(List<String> item, int columns) {
        String joined = Width.join(String.join("\n", item).substring(2));
        return Width.wrap("- " + joined, columns, "  ");
    }
}
