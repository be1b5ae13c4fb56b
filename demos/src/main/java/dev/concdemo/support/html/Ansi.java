package dev.concdemo.support.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line as a terminal in colour shows it (ANSI SGR escapes, as picocli's markup makes them),
 * cut into runs of text that each carry CSS classes for their style: bold {@code b}, faint
 * {@code f}, italic {@code i}, underline {@code u}, foreground {@code fg0}…{@code fg15},
 * background {@code bg0}…{@code bg15}. Other escapes are dropped.
 */
public final class Ansi {
    /** A run of text in one style; {@code classes} is "" for plain text. */
    public record Run(String text, String classes) {}

    private static final Pattern SGR = Pattern.compile("\u001b\\[([0-9;]*)m");
    private static final Pattern OTHER = Pattern.compile("\u001b\\[[0-9;?]*[A-Za-z]");

    private Ansi() {}

    static List<Run> runs(String ansi) {
        List<Run> runs = new ArrayList<>();
        Matcher m = SGR.matcher(ansi);
        Style style = new Style();
        int at = 0;
        while (m.find()) {
            add(runs, ansi.substring(at, m.start()), style);
            style.apply(m.group(1));
            at = m.end();
        }
        add(runs, ansi.substring(at), style);
        return runs;
    }

    /** The text without any escape. */
    static String plain(String ansi) {
        return OTHER.matcher(SGR.matcher(ansi).replaceAll("")).replaceAll("");
    }

    private static void add(List<Run> runs, String text, Style style) {
        String clean = OTHER.matcher(text).replaceAll("");
        if (!clean.isEmpty()) {
            runs.add(new Run(clean, style.classes()));
        }
    }

    private static final class Style {
        boolean bold, faint, italic, underline, reverse;
        int fg = -1, bg = -1;

        void apply(String params) {
            String[] codes = params.isEmpty() ? new String[] {"0"} : params.split(";");
            for (int i = 0; i < codes.length; i++) {
                int c = codes[i].isEmpty() ? 0 : Integer.parseInt(codes[i]);
                switch (c) {
                    case 0 -> {
                        bold = faint = italic = underline = reverse = false;
                        fg = bg = -1;
                    }
                    case 1 -> bold = true;
                    case 2 -> faint = true;
                    case 3 -> italic = true;
                    case 4 -> underline = true;
                    case 7 -> reverse = true;
                    case 22 -> bold = faint = false;
                    case 23 -> italic = false;
                    case 24 -> underline = false;
                    case 27 -> reverse = false;
                    case 39 -> fg = -1;
                    case 49 -> bg = -1;
                    case 38, 48 -> { // 38;5;n: one of 256 colours; only the first 16 are kept
                        if (i + 2 < codes.length && codes[i + 1].equals("5")) {
                            int n = Integer.parseInt(codes[i + 2]);
                            if (c == 38) {
                                fg = n < 16 ? n : -1;
                            } else {
                                bg = n < 16 ? n : -1;
                            }
                            i += 2;
                        }
                    }
                    default -> {
                        if (c >= 30 && c <= 37) {
                            fg = c - 30;
                        } else if (c >= 90 && c <= 97) {
                            fg = c - 90 + 8;
                        } else if (c >= 40 && c <= 47) {
                            bg = c - 40;
                        } else if (c >= 100 && c <= 107) {
                            bg = c - 100 + 8;
                        }
                    }
                }
            }
        }

        String classes() {
            List<String> cs = new ArrayList<>();
            if (bold) cs.add("b");
            if (faint) cs.add("f");
            if (italic) cs.add("i");
            if (underline) cs.add("u");
            int f = reverse ? bg : fg;
            int b = reverse ? (fg < 0 ? 7 : fg) : bg;
            if (reverse && f < 0) {
                f = 0;
            }
            if (f >= 0) cs.add("fg" + f);
            if (b >= 0) cs.add("bg" + b);
            return String.join(" ", cs);
        }
    }
}
