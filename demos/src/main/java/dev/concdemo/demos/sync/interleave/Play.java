package dev.concdemo.demos.sync.interleave;

import dev.concdemo.support.cli.Cancellation;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Narrator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;
import org.jline.utils.NonBlockingReader;

/**
 * The game: the learner is the scheduler. The screen shows the threads side by side with the
 * line each runs next, the shared variables and each thread's locals; a key moves a thread one
 * step, {@code u} takes a step back, {@code r} starts again, {@code ?} explains, {@code q}
 * quits. A thread that cannot move is refused with the reason. The screen is drawn afresh
 * after each key (jline, the terminal in raw mode); the keys read poll, so Ctrl-C ends it.
 */
final class Play {
    private static final long POLL_MILLIS = 50;
    private static final char CTRL_C = 3;
    private static final char CTRL_D = 4;

    private final Session session;
    private final Machine machine;
    private final Words words;
    private final Narrator narrator;
    private final List<State> states =
            new ArrayList<>(); // states.get(i): after i steps; guarded by being on one thread
    private final List<Integer> schedule = new ArrayList<>();
    private final List<Move> moves = new ArrayList<>();
    private Integer brokenAt; // the step after which the program first was broken, or null
    private String message = ""; // the line under the screen: a refusal, the explanation
    private boolean explaining;
    private boolean first = true; // the first frame clears the screen; later ones draw over it

    Play(Session session, Machine machine, Words words, Narrator narrator) {
        this.session = session;
        this.machine = machine;
        this.words = words;
        this.narrator = narrator;
        states.add(machine.start());
    }

    ReplayReport play() throws IOException, InterruptedException {
        Terminal terminal = session.terminal();
        Attributes before = terminal.enterRawMode();
        Terminal.SignalHandler was = terminal.handle(
                Terminal.Signal.INT, _ -> session.cancellation().cancel(Cancellation.Reason.INTERRUPTED));
        try {
            loop(terminal);
        } finally {
            terminal.handle(Terminal.Signal.INT, was);
            terminal.setAttributes(before);
            terminal.writer().flush();
        }
        return report();
    }

    private void loop(Terminal terminal) throws IOException, InterruptedException {
        NonBlockingReader keys = terminal.reader();
        draw(terminal);
        while (true) {
            if (session.cancellation().isCancelled()) {
                throw new InterruptedException("cancelled");
            }
            int key = keys.read(POLL_MILLIS);
            if (key == NonBlockingReader.READ_EXPIRED) {
                continue;
            }
            if (key < 0 || key == 'q' || key == 'Q' || key == CTRL_D) {
                return;
            }
            if (key == CTRL_C) {
                session.cancellation().cancel(Cancellation.Reason.INTERRUPTED);
                continue;
            }
            handle((char) key);
            draw(terminal);
        }
    }

    /** One key: a thread's number, u, r or ?; anything else is said to be no key of ours. */
    void handle(char key) {
        boolean wasExplaining = explaining;
        explaining = false;
        message = "";
        State now = states.getLast();
        if (key >= '1' && key <= '9') {
            int t = key - '0';
            if (t > machine.threads()) {
                message = words.texts().format("play.noThread", t, machine.threads());
                return;
            }
            Step.Blocked why = machine.blocked(now, t - 1);
            if (why != null) {
                message = words.texts().format("play.refused", t, words.reason(why));
                return;
            }
            Machine.Taken taken = machine.take(now, t - 1);
            State after = taken.after();
            moves.add(Move.between(machine.program(), moves.size() + 1, t - 1, now, taken));
            schedule.add(t);
            states.add(after);
            if (brokenAt == null && machine.broken(after)) {
                brokenAt = moves.size();
            }
        } else if (key == 'u' || key == 'U') {
            if (moves.isEmpty()) {
                message = words.texts().format("play.nothingToUndo");
                return;
            }
            states.removeLast();
            moves.removeLast();
            schedule.removeLast();
            if (brokenAt != null && brokenAt > moves.size()) {
                brokenAt = null;
            }
        } else if (key == 'r' || key == 'R') {
            State start = states.getFirst();
            states.clear();
            states.add(start);
            moves.clear();
            schedule.clear();
            brokenAt = null;
        } else if (key == '?') {
            explaining = !wasExplaining; // ? again hides it
        } else if (key != '\r' && key != '\n' && key != ' ') {
            message = words.texts().format("play.keys", machine.threads());
        }
    }

    /** The screen for the state now, as lines of at most {@code columns}. */
    List<String> screen(int columns) {
        Screen screen = new Screen(machine, words, columns);
        return screen.lines(states.getLast(), schedule, moves, brokenAt, explaining, message);
    }

    /**
     * Draws the frame over the last one: from the top left, each line clearing what is left of
     * the old one, then everything below, so the screen never goes blank between two frames.
     */
    private void draw(Terminal terminal) {
        if (first) {
            terminal.puts(InfoCmp.Capability.clear_screen);
            first = false;
        }
        terminal.puts(InfoCmp.Capability.cursor_home);
        PrintWriter out = terminal.writer();
        int columns = Math.max(40, Math.min(terminal.getWidth() <= 0 ? 100 : terminal.getWidth(), 100));
        for (String line : screen(columns)) {
            out.print(narrator.render(line)); // puts writes to the same writer: the order holds
            terminal.puts(InfoCmp.Capability.clr_eol);
            out.print("\r\n");
        }
        out.flush();
        terminal.puts(InfoCmp.Capability.clr_eos);
        terminal.flush();
    }

    ReplayReport report() {
        State now = states.getLast();
        return ReplayReport.of(machine, now, schedule, moves, brokenAt);
    }

    int steps() {
        return moves.size();
    }
}
