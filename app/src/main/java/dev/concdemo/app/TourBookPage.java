package dev.concdemo.app;

import java.util.List;

/**
 * What the tour's book ({@code DIR/index.html}) shows, every text already in the tour's
 * language: the data its template ({@code src/main/jte/tour/book.jte}) lays out. Public only
 * because the compiled template lives in a package of its own.
 *
 * @param lang the page's language, as HTML names it (en, zh)
 * @param meta the date, the machine and the time scale, one line
 * @param css the page's whole style sheet, inlined (the page loads nothing)
 * @param interrupted the line saying where the tour was interrupted, or null
 */
public record TourBookPage(
        String lang, String title, String meta, String intro, String css, String interrupted, List<Chapter> chapters) {

    /** A chapter of the catalogue, with the tour's steps in it. */
    public record Chapter(String title, List<Step> steps) {}

    /** A step: "Step 4", what to look for, its explanations and runs in order. */
    public record Step(int number, String heading, String lookForLabel, String lookFor, List<Item> items) {}

    /**
     * An explanation ({@code topic} set) or a run: its command line, and its page's file name
     * (a link) if the page exists, else null and {@code pageLabel} says why there is none.
     */
    public record Item(Topic topic, String command, String page, String pageLabel) {}

    /** An explanation: its title and its text's blocks. */
    public record Topic(String title, List<Block> blocks) {}

    /** A block of prose: a paragraph (one line), a list (one line an item) or text kept as written. */
    public record Block(Kind kind, List<String> lines) {
        public boolean paragraph() {
            return kind == Kind.PARAGRAPH;
        }

        public boolean list() {
            return kind == Kind.LIST;
        }

        public String text() {
            return String.join("\n", lines);
        }
    }

    /** The three kinds of block {@link Prose} lays out. */
    public enum Kind {
        PARAGRAPH,
        LIST,
        AS_WRITTEN
    }
}
