package dev.concdemo.support.html;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the page template ({@code page/run.jte}) shows, computed: the template only lays
 * it out. {@code css} and {@code js} are the page's one style sheet and one script, inlined;
 * {@code csp} the Content-Security-Policy that allows exactly those two and nothing else.
 */
public record PageView(
        PageFacts facts,
        String lang,
        Words words,
        TimelineView timeline,
        List<Line> narration,
        List<Line> summary,
        String css,
        String js,
        String csp) {

    /** A line as printed: for a timestamped one its time (µs since the run began), stamp and label. */
    public record Line(Double micros, String stamp, String label, List<Ansi.Run> runs) {
        /**
         * The time as the page's script writes a number, so that an attribute copied by it reads the same: "468328",
         * not Java's "468328.0", and never an exponent. Null (no attribute) for an untimed line.
         */
        public String t() {
            return micros == null
                    ? null
                    : BigDecimal.valueOf(micros).stripTrailingZeros().toPlainString();
        }
    }

    /** The page's own words, in the run's language. */
    public record Words(
            String title,
            String command,
            String seed,
            String date,
            String machine,
            String settingsLabel,
            String settings,
            String timeline,
            String timelineHelp,
            String zoomIn,
            String zoomOut,
            String zoomReset,
            String narration,
            String narrationHelp,
            String figures,
            String summary,
            String json,
            String interrupted,
            String noScript,
            String counter) {}
}
