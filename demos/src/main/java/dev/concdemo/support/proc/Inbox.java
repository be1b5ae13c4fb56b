package dev.concdemo.support.proc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What a {@link ChildProgram}'s parent sends it, a line at a time ({@link ChildProcess#send}),
 * read from standard input by a daemon thread. The end of input means the parent has closed
 * its end, or is gone: a program that {@link ChildProgram#endsWithParent ends with its
 * parent} halts then; for any other, {@link #next} returns null from then on.
 */
public final class Inbox {
    private static final String END = new String("end of input"); // compared by identity

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private volatile Thread reader; // null for an inbox of fixed lines

    private Inbox() {}

    /**
     * Reads {@code stdin} (standard input, which {@link ProgramMain} opens: only the entry point
     * touches the JVM's streams) from now on; at its end, runs {@code atEnd} (a halt, for a tied
     * program). Read through an interruptible channel, so that {@link #close} frees the reading
     * thread: a thread blocked in a plain native read holds up the JVM's exit by 300 ms.
     */
    static Inbox reading(FileChannel stdin, Runnable atEnd) {
        Inbox inbox = new Inbox();
        inbox.reader = Thread.ofPlatform().name("child-inbox").daemon().start(() -> {
            try (stdin) {
                inbox.readLines(stdin);
            } catch (ClosedByInterruptException exiting) {
                return; // this JVM is exiting: nothing more to read, nobody to halt
            } catch (IOException gone) {
                // the parent's end is closed: the same as the end of input
            }
            inbox.lines.add(END);
            atEnd.run();
        });
        return inbox;
    }

    /**
     * Splits what arrives into lines, each handed on as soon as its newline is read. By hand:
     * a Reader over a FileChannel (Channels.newReader) waits to fill its buffer before it
     * returns anything, so a parent's single short line would never arrive.
     */
    private void readLines(FileChannel in) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (in.read(buffer) >= 0) {
            buffer.flip();
            while (buffer.hasRemaining()) {
                byte b = buffer.get();
                if (b == '\n') {
                    lines.add(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                } else {
                    line.write(b);
                }
            }
            buffer.clear();
        }
    }

    /** Stops reading: the JVM is exiting. */
    void close() {
        Thread thread = reader;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** An inbox with these lines and then the end (for tests). */
    public static Inbox of(String... lines) {
        Inbox inbox = new Inbox();
        inbox.lines.addAll(java.util.List.of(lines));
        inbox.lines.add(END);
        return inbox;
    }

    /** The next line from the parent, waiting for it; null at the end of input. */
    public String next() throws InterruptedException {
        String line = lines.take();
        if (line == END) {
            lines.add(END); // the end stays the end
            return null;
        }
        return line;
    }

    /** The next line, waiting at most {@code atMost}; null at the end of input or if none came. */
    public String next(Duration atMost) throws InterruptedException {
        String line = lines.poll(atMost.toNanos(), TimeUnit.NANOSECONDS);
        if (line == END) {
            lines.add(END);
            return null;
        }
        return line;
    }
}
