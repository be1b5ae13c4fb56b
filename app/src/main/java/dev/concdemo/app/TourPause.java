package dev.concdemo.app;

import dev.concdemo.support.cli.Cancellation;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.jline.utils.NonBlockingInputStream;

/**
 * The tour's pause between two steps on a terminal: a line typed, Enter to go on, {@code q}
 * (and Enter) to stop. The wait polls, so a cancel (Ctrl-C) ends it as it ends a run: from
 * the shell, its terminal's non-blocking input; from the command line, standard input, read
 * only once a whole line is there (a terminal in canonical mode hands over whole lines).
 */
final class TourPause {
    private static final long POLL_MILLIS = 50;

    private TourPause() {}

    /** Waits for a line on {@code in}: true to go on; false for q, the end of the input, or a cancel. */
    static boolean goOn(InputStream in, Cancellation cancellation) {
        StringBuilder line = new StringBuilder();
        try {
            while (!cancellation.isCancelled()) {
                int c = next(in);
                if (c == NonBlockingInputStream.READ_EXPIRED) {
                    continue;
                }
                if (c < 0) {
                    return false;
                }
                if (c == '\n' || c == '\r') {
                    return !line.toString().strip().toLowerCase(Locale.ROOT).startsWith("q");
                }
                line.append((char) c);
            }
        } catch (IOException unreadable) {
            return false;
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The next character, or READ_EXPIRED after a short wait with nothing typed. */
    private static int next(InputStream in) throws IOException, InterruptedException {
        if (in instanceof NonBlockingInputStream terminal) {
            return terminal.read(POLL_MILLIS);
        }
        if (in.available() > 0) {
            return in.read();
        }
        Thread.sleep(POLL_MILLIS);
        return NonBlockingInputStream.READ_EXPIRED;
    }
}
