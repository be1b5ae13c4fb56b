package dev.concdemo.support.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.utils.WCWidth;

/**
 * How many terminal columns text takes: one per character, two for the wide East Asian ones
 * (CJK ideographs, kana, Hangul, full-width forms), none for combining marks. Every line a
 * scenario prints fits {@link #COLUMNS}, or the terminal if it is narrower ({@link #columns}).
 */
public final class Width {
    /** The widest line any scenario prints. */
    public static final int COLUMNS = 100;

    /** The narrowest layout attempted: below it, lines are still broken at 40. */
    public static final int NARROWEST = 40;

    private Width() {}

    /**
     * The columns output must fit: min(COLUMNS, 100), as ls and most tools read it, or 100
     * without it. The launcher sets COLUMNS on a terminal (asking it costs the JVM tens of
     * milliseconds of start-up; the launcher, one {@code stty}); a COLUMNS set by hand wins.
     */
    public static int columns(Map<String, String> environment) {
        String value = environment.get("COLUMNS");
        if (value == null) {
            return COLUMNS;
        }
        try {
            return clamp(Integer.parseInt(value.strip()));
        } catch (NumberFormatException notANumber) {
            return COLUMNS;
        }
    }

    /** A terminal's width as the columns to fit: at most 100, at least {@link #NARROWEST}; 100 if unknown (0). */
    public static int clamp(int terminalWidth) {
        return terminalWidth <= 0 ? COLUMNS : Math.max(NARROWEST, Math.min(terminalWidth, COLUMNS));
    }

    /**
     * Text laid out for 100 columns, fitted to {@code columns}. A paragraph whose lines were
     * filled to about 100 is joined and filled again, so it wraps evenly; a table row or a chart
     * (two spaces inside the line, box drawing) is only broken, and goes on under its last column.
     * Text that already fits comes back line for line.
     */
    public static List<String> fit(String text, int columns) {
        String[] lines = text.split("\\R", -1);
        List<String> out = new ArrayList<>();
        boolean fits = true;
        for (String line : lines) {
            fits &= of(line) <= columns;
        }
        if (fits) {
            return List.of(lines);
        }
        for (int i = 0; i < lines.length; i++) {
            String first = lines[i];
            String lead =
                    first.substring(0, first.length() - first.stripLeading().length());
            if (!prose(first)) {
                out.addAll(of(first) <= columns ? List.of(first) : broken(first, columns));
                continue;
            }
            List<String> paragraph = new ArrayList<>(List.of(first));
            while (i + 1 < lines.length
                    && of(lines[i]) >= FILLED
                    && prose(lines[i + 1])
                    && !BULLET.matcher(lines[i + 1]).lookingAt()) {
                paragraph.add(lines[++i]);
            }
            String next = paragraph.size() > 1 ? paragraph.get(1) : first;
            String indent =
                    next.substring(0, next.length() - next.stripLeading().length());
            out.addAll(wrap(lead + join(String.join("\n", paragraph)), columns, indent));
        }
        return out;
    }

    /**
     * A line of columns broken to fit: it goes on under its last column (where its last run of
     * two or more spaces ends), or under its indentation if that column is past two thirds of the width.
     */
    private static List<String> broken(String line, int columns) {
        String lead = line.substring(0, line.length() - line.stripLeading().length());
        String body = line.stripTrailing();
        Matcher gap = GAP.matcher(body);
        int start = 0; // where the line's last column starts
        while (gap.find()) {
            if (gap.start() > lead.length()) {
                start = gap.end();
            }
        }
        int column = of(body.substring(0, start));
        String indent = column > of(lead) && column <= columns * 2 / 3 ? " ".repeat(column) : lead + "  ";
        return wrap(body, columns, indent);
    }

    /** A line this wide was filled to the 100 columns and goes on in the next line. */
    private static final int FILLED = 80;

    private static final Pattern GAP = Pattern.compile(" {2,}");

    private static final Pattern BULLET = Pattern.compile("\\s*([-*•]|\\d+[.)])\\s");

    /** Words, not a table or a chart: no two spaces inside it, no box drawing. */
    private static boolean prose(String line) {
        String words = line.strip();
        return !words.isEmpty()
                && !words.contains("  ")
                && words.codePoints().noneMatch(cp -> cp >= 0x2500 && cp <= 0x259F);
    }

    /** Columns {@code text} takes on a terminal; ANSI escape sequences take none. */
    public static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == 0x1b) { // ESC [ ... letter: a colour or style, invisible
                int j = i + 1;
                if (j < text.length() && text.charAt(j) == '[') {
                    j++;
                    while (j < text.length() && !Character.isLetter(text.charAt(j))) {
                        j++;
                    }
                }
                i = Math.min(text.length(), j + 1);
                continue;
            }
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /**
     * Columns one code point takes: 0, 1 or 2. The East Asian widths are jline's table
     * ({@link WCWidth}, what the shell's line editor counts with). A mark that combines with the
     * character before it, or a format character, takes none by Java's Unicode data, which is
     * newer than jline's list of combining marks; a control character, which jline calls
     * unprintable (-1), takes none either.
     */
    public static int of(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        return Math.max(0, WCWidth.wcwidth(cp));
    }

    /** Two columns wide: a CJK ideograph, kana, Hangul, a full-width form, a wide emoji. */
    private static boolean wide(int cp) {
        return of(cp) == 2;
    }

    /** Whether the space at {@code at} is beside an operator ({@code n += 1}), which keeps to its operands. */
    private static boolean operatorBeside(String text, int at) {
        int start = text.lastIndexOf(' ', at - 1) + 1;
        int end = text.indexOf(' ', at + 1);
        String before = text.substring(start, at);
        String after = text.substring(at + 1, end < 0 ? text.length() : end);
        return OPERATOR.matcher(before).matches() || OPERATOR.matcher(after).matches();
    }

    private static final Pattern OPERATOR = Pattern.compile("[-+*/%=<>!&|^]{1,3}");

    /** Whether the space at {@code at} sits between a number and its unit ("2.000 s"), which stay together. */
    private static boolean unitFollows(String text, int at) {
        if (at == 0 || !Character.isDigit(text.charAt(at - 1))) {
            return false;
        }
        if (at + 1 < text.length() && wide(text.codePointAt(at + 1))) {
            return true; // "5.00 个", "18 个时间单位": a Chinese unit or word stays with its number
        }
        String next = text.substring(at + 1).split("[\\s,;:.)，。；：）、]", 2)[0];
        return next.matches("s|ms|µs|ns|x|%|KB|MB|GB|cores?|threads?");
    }

    /**
     * A paragraph whose line breaks fell wherever its measured values made them: joined, and
     * filled again to {@link #COLUMNS}.
     */
    public static String fill(String paragraph) {
        return String.join("\n", wrap(join(paragraph), COLUMNS, ""));
    }

    /**
     * The lines of a paragraph joined into one: with a space between words, with nothing
     * where either side of the break is Chinese (which has no spaces between words).
     */
    public static String join(String paragraph) {
        String[] lines = paragraph.strip().split("\\s*\n\\s*");
        StringBuilder joined = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            int before = joined.codePointBefore(joined.length());
            int after = line.codePointAt(0);
            // a space between words, and between Chinese and a Latin word; none between two
            // Chinese characters, nor beside Chinese punctuation
            boolean chinese = (wide(before) && wide(after)) || cjkPunctuation(before) || cjkPunctuation(after);
            if (!chinese) {
                joined.append(' ');
            }
            joined.append(line);
        }
        return joined.toString();
    }

    /** Full-width punctuation, which needs no space beside it. */
    private static boolean cjkPunctuation(int cp) {
        return "，。、；：？！（）《》「」『』【】“”‘’…·".indexOf(cp) >= 0;
    }

    /** Brackets and quotes a line may not end with (they belong to the text after them). */
    private static boolean opening(int cp) {
        return "（《「『【“‘(".indexOf(cp) >= 0;
    }

    /** Chinese punctuation a line may not start with (it belongs to the text before it). */
    private static boolean closing(int cp) {
        return "，。、；：？！）》」』】”’…·%".indexOf(cp) >= 0 || cp == ',' || cp == '.' || cp == ')';
    }

    /**
     * Breaks plain text (no escape sequences) into lines of at most {@code columns}, at spaces
     * where it can; continuation lines start with {@code indent}.
     */
    public static List<String> wrap(String text, int columns, String indent) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        String prefix = "";
        while (of(prefix + rest) > columns) {
            int room = columns - of(prefix);
            int cut = 0;
            int used = 0;
            int lastSpace = -1;
            while (cut < rest.length()) {
                int cp = rest.codePointAt(cut);
                int w = of(cp);
                if (used + w > room) {
                    break;
                }
                if (cp == ' ' && !unitFollows(rest, cut) && !operatorBeside(rest, cut)) {
                    lastSpace = cut;
                } else if (cut > 0
                        && (wide(cp) || wide(rest.codePointBefore(cut)))
                        && !closing(cp)
                        && !opening(rest.codePointBefore(cut))
                        && rest.codePointBefore(cut) != ' ') { // after a space: the space is the break
                    lastSpace = cut; // Chinese breaks between any two characters, not before a comma
                }
                used += w;
                cut += Character.charCount(cp);
            }
            int at = lastSpace > room / 3 ? lastSpace : Math.max(cut, 1);
            lines.add((prefix + rest.substring(0, at)).stripTrailing());
            rest = rest.substring(at).stripLeading();
            prefix = indent;
        }
        lines.add(prefix + rest);
        return lines;
    }
}
