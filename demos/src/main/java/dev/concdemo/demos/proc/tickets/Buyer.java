package dev.concdemo.demos.proc.tickets;

import dev.concdemo.support.proc.ChildProgram;
import dev.concdemo.support.proc.Inbox;
import dev.concdemo.support.proc.ToParent;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One ticket buyer, a child JVM. Arguments: the ticket file, "lock" or "nolock", the network
 * delay in ms. Says "ready", waits for "go" (the start gate), then searches (reads the
 * stock and prints it: no lock, many may search at once) and buys: reads the stock, waits
 * for the "network", and writes one less if there was one. With "lock", the buy (only the
 * buy, as the seed says: lock the part that touches the data) holds {@link FileChannel#lock},
 * an OS lock on the file that other processes' lock calls wait for. Its last line, for
 * concdemo only: {@code #result OUTCOME START-µs END-µs} (wall clock, comparable across processes).
 * The search and buy lines end with when they read (and wrote): {@code @µs}, on the same clock, so
 * that the parent can tell when each happened, not only when its line arrived.
 */
public final class Buyer implements ChildProgram {
    @Override
    public int run(List<String> args, Inbox in, PrintStream out) throws Exception {
        Path file = Path.of(args.get(0));
        boolean lock = args.get(1).equals("lock");
        Duration network = Duration.ofMillis(Long.parseLong(args.get(2)));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            out.println("ready");
            if (!"go".equals(in.next())) {
                return 1;
            }
            long searchedAt = micros();
            out.println("search: %d left @%d".formatted(TicketFile.read(channel), searchedAt));
            long[] span = new long[2]; // the buy's start and end, taken inside the lock when there is one
            String outcome;
            if (lock) {
                try (FileLock _ = channel.lock()) {
                    outcome = buy(channel, network, out, span);
                }
            } else {
                // BROKEN: read, wait, write with nothing to stop another buyer reading the same stock meanwhile
                outcome = buy(channel, network, out, span);
            }
            ToParent.send(out, new Outcome(outcome, span[0], span[1]));
        }
        return 0;
    }

    private static String buy(FileChannel channel, Duration network, PrintStream out, long[] span) throws Exception {
        span[0] = micros();
        int stock = TicketFile.read(channel);
        Thread.sleep(network);
        String outcome = "none";
        if (stock > 0) {
            TicketFile.write(channel, stock - 1);
            outcome = "bought";
        }
        span[1] = micros();
        out.println(
                stock > 0
                        ? "bought one: %d → %d @%d @%d".formatted(stock, stock - 1, span[0], span[1])
                        : "none left to buy @%d".formatted(span[0]));
        return outcome;
    }

    /** Now on the wall clock, in µs: comparable across processes, unlike System.nanoTime(). */
    static long micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }
}
