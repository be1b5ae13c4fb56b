package dev.concdemo.support.html;

/**
 * How wide a figure's text is drawn, estimated without a font: about {@link #PER_COLUMN} pixels
 * per character at the figures' type size, twice that for a wide East Asian one (a Chinese
 * character). Enough to decide whether a label fits, and to cut one that does not.
 */
final class TextWidth {
    /** Pixels one narrow character takes, on average, at the figures' 12 px type. */
    static final double PER_COLUMN = 6.5;

    private static final String ELLIPSIS = "…";

    private TextWidth() {}

    /** The estimated width of {@code text}, in pixels. */
    static double of(String text) {
        return columns(text) * PER_COLUMN;
    }

    /** {@code text} if it fits in {@code width} pixels, else as much of it as fits, then "…". */
    static String fit(String text, double width) {
        if (of(text) <= width) {
            return text;
        }
        double room = width - PER_COLUMN; // the ellipsis
        int end = 0;
        double used = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            double w = columns(cp) * PER_COLUMN;
            if (used + w > room) {
                break;
            }
            used += w;
            end += Character.charCount(cp);
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private static int columns(String text) {
        return text.codePoints().map(TextWidth::columns).sum();
    }

    /** 2 for the wide East Asian characters (CJK ideographs, kana, Hangul, full-width forms), else 1. */
    private static int columns(int cp) {
        boolean wide = (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
