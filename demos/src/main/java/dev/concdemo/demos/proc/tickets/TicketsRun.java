package dev.concdemo.demos.proc.tickets;

import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.os.ExitStatus;
import dev.concdemo.support.proc.ChildProcess;
import dev.concdemo.support.proc.ToParent;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.work.Poll;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * N buyer processes and one ticket file (the seed's 互斥锁 section; the ticket workload is the
 * classic exercise, ours). All are started, wait at a gate until every JVM is up (their
 * start-up is spread wider than the race window), and are released together. Without the
 * lock, buyers read the same stock during each other's network wait and the ticket is sold
 * several times; with it, the buys run one after another and exactly the stock is sold.
 */
final class TicketsRun {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern SEARCH = Pattern.compile("search: (\\d+) left @(\\d+)");
    private static final Pattern BOUGHT = Pattern.compile("(bought one: .*) @(\\d+) @(\\d+)");
    private static final Pattern NONE = Pattern.compile("(none left to buy) @(\\d+)");

    private final Narrator n;
    private final String main = Narrator.ownLabel();
    private final int buyers;
    private final int stock;
    private final boolean lock;
    private final Duration network;
    private final AtomicInteger ready = new AtomicInteger();
    private final Map<Long, Integer> searched = new ConcurrentHashMap<>();
    private final Map<Long, Outcome> outcomes = new ConcurrentHashMap<>();
    private final List<long[]> writesShown = new ArrayList<>(); // {pid, µs} of each buy line told; guarded by this
    private long startMicros; // the run clock's zero on the wall clock the children stamp with

    TicketsRun(Narrator n, int buyers, int stock, boolean lock, Duration network) {
        this.n = n;
        this.buyers = buyers;
        this.stock = stock;
        this.lock = lock;
        this.network = network;
    }

    String soFar() {
        long sold = outcomes.values().stream()
                .filter(o -> o.what().equals("bought"))
                .count();
        return ready.get() + " of " + buyers + " buyers up, " + outcomes.size() + " done, " + sold + " sold";
    }

    TicketsReport run() throws IOException, InterruptedException {
        startMicros = Buyer.micros() - n.clock().elapsedNanos() / 1_000;
        Path dir = Files.createTempDirectory("concdemo-tickets");
        Path file = dir.resolve("tickets");
        List<ChildProcess> children = new ArrayList<>();
        try {
            Files.write(file, TicketFile.encode(stock));
            say("the ticket file (%s in %s) holds the stock: %d".formatted(file.getFileName(), dir.getParent(), stock));
            say("%d buyers, each a JVM, %s".formatted(buyers, lock ? "locking the file to buy" : "without a lock"));
            List<String> args = List.of(file.toString(), lock ? "lock" : "nolock", Long.toString(network.toMillis()));
            for (int i = 0; i < buyers; i++) {
                children.add(ChildProcess.start("buyer-" + i, Buyer.class, args, this::line));
            }
            Poll.until(WAIT, () -> ready.get() >= buyers || children.stream().anyMatch(c -> !c.isAlive()));
            if (ready.get() < buyers) {
                failIfAnyEnded(children);
            }
            say("all %d buyers are up: go".formatted(buyers));
            children.forEach(c -> c.send("go"));
            for (ChildProcess child : children) {
                child.joinFailure(WAIT).ifPresent(failure -> {
                    throw new ScenarioFailure("buyer pid %d %s".formatted(child.pid(), failure));
                });
            }
            try (FileChannel check = FileChannel.open(file)) {
                return report(children, TicketFile.read(check));
            }
        } finally {
            children.forEach(ChildProcess::close);
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private TicketsReport report(List<ChildProcess> children, int left) {
        long first =
                outcomes.values().stream().mapToLong(Outcome::startMicros).min().orElse(0);
        long last =
                outcomes.values().stream().mapToLong(Outcome::endMicros).max().orElse(0);
        List<TicketsReport.Buyer> each = children.stream()
                .map(c -> {
                    Outcome o = outcomes.get(c.pid());
                    return new TicketsReport.Buyer(
                            c.pid(),
                            searched.getOrDefault(c.pid(), -1),
                            o.what(),
                            (o.startMicros() - first) / 1e3,
                            (o.endMicros() - first) / 1e3);
                })
                .sorted(Comparator.comparingDouble(TicketsReport.Buyer::buyStartMs))
                .toList();
        int sold = (int) each.stream().filter(b -> b.outcome().equals("bought")).count();
        return new TicketsReport(
                lock,
                stock,
                sold,
                Math.max(0, sold - stock),
                left,
                maxConcurrent(outcomes.values()),
                (last - first) / 1e3,
                network.toNanos() / 1e6,
                each);
    }

    /** The most intervals that overlap at one instant: a sweep over starts and ends. */
    private static int maxConcurrent(Iterable<Outcome> buys) {
        List<long[]> edges = new ArrayList<>();
        for (Outcome o : buys) {
            edges.add(new long[] {o.startMicros(), 1});
            edges.add(new long[] {o.endMicros(), -1});
        }
        edges.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1])); // an end before a start
        int now = 0;
        int max = 0;
        for (long[] e : edges) {
            now += (int) e[1];
            max = Math.max(max, now);
        }
        return max;
    }

    private static void failIfAnyEnded(List<ChildProcess> children) throws InterruptedException {
        for (ChildProcess child : children) {
            if (!child.isAlive()) {
                OptionalInt exit = child.waitFor(Duration.ZERO);
                throw new ScenarioFailure("buyer pid %d ended before the start: %s"
                        .formatted(child.pid(), exit.isEmpty() ? "?" : ExitStatus.describe(exit.getAsInt())));
            }
        }
    }

    private void line(long pid, String text) {
        Optional<Outcome> outcome = ToParent.read(text, Outcome.class);
        if (outcome.isPresent()) {
            outcomes.put(pid, outcome.get());
            return; // for us, not for the reader
        }
        if (text.equals("ready")) {
            ready.incrementAndGet();
            return;
        }
        Matcher search = SEARCH.matcher(text);
        Matcher bought = BOUGHT.matcher(text);
        Matcher none = NONE.matcher(text);
        synchronized (this) { // a line and the writes told before it, in one order
            if (search.matches()) {
                searched.put(pid, Integer.parseInt(search.group(1)));
                long read = Long.parseLong(search.group(2));
                // Lines from different buyers arrive through different pipes: a search may be told after
                // a buy it read before. Say so, rather than let the stale count look like a bug.
                String late = writesShown.stream()
                        .filter(w -> w[0] != pid && w[1] > read)
                        .findFirst()
                        .map(w -> ", before pid %d's write at %s".formatted(w[0], stamp(w[1])))
                        .orElse("");
                text = "search: %s left (read at %s%s)".formatted(search.group(1), stamp(read), late);
            } else if (bought.matches()) {
                long wrote = Long.parseLong(bought.group(3));
                writesShown.add(new long[] {pid, wrote});
                text = "%s (read at %s, wrote at %s)"
                        .formatted(bought.group(1), stamp(Long.parseLong(bought.group(2))), stamp(wrote));
            } else if (none.matches()) {
                text = "%s (read at %s)".formatted(none.group(1), stamp(Long.parseLong(none.group(2))));
            }
            n.processEvent(pid, text);
        }
    }

    /** A child's wall-clock µs as a stamp on the run clock, like the narrator's: "+3.300s". */
    private String stamp(long micros) {
        return String.format(Locale.ROOT, "+%.3fs", (micros - startMicros) / 1e6);
    }

    private void say(String text) {
        n.event(main, text);
    }
}
