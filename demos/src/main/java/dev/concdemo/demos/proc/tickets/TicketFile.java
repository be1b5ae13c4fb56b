package dev.concdemo.demos.proc.tickets;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one shared record: the stock, written in place as a fixed-width number, so that a
 * reader never sees a half-written or truncated file. Read and written through the
 * buyer's one channel: closing any other channel to the file would release that process's
 * lock on it (POSIX record locks belong to the process, not the channel).
 */
final class TicketFile {
    private static final int WIDTH = 12; // "%11d\n"

    private TicketFile() {}

    static byte[] encode(int stock) {
        return String.format(Locale.ROOT, "%11d%n", stock).getBytes(StandardCharsets.US_ASCII);
    }

    static int read(FileChannel file) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(WIDTH);
        while (bytes.hasRemaining() && file.read(bytes, bytes.position()) > 0) {
            // positional reads until the record is whole
        }
        return Integer.parseInt(new String(bytes.array(), 0, bytes.position(), StandardCharsets.US_ASCII).strip());
    }

    static void write(FileChannel file, int stock) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(encode(stock));
        while (bytes.hasRemaining()) {
            file.write(bytes, bytes.position());
        }
        file.force(false);
    }
}
