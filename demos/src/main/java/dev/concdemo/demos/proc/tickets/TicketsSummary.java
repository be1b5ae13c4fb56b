package dev.concdemo.demos.proc.tickets;

import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.time.Duration;

/** The closing summary of a tickets run: how many buys overlapped, how many tickets sold of the stock. */
final class TicketsSummary {
    private TicketsSummary() {}

    static void print(Narrator n, TicketsReport r, Duration network) {
        Texts texts = Texts.of(TicketsDemo.class);
        int buyers = r.buyers().size();
        n.sayPlain("");
        n.sayPlain(
                r.lock()
                        ? texts.format(
                                "locked",
                                r.maxConcurrentBuys(),
                                texts.count("buys", buyers),
                                texts.format(
                                        buyers == 1 ? "alone" : r.maxConcurrentBuys() <= 1 ? "serial" : "overlapped"),
                                Units.millis((long) (r.buyPhaseMs() * 1e6)),
                                Units.millis(network.toNanos()),
                                texts.count("tickets", r.sold()),
                                r.stock(),
                                r.fileAtEnd())
                        : texts.format(
                                buyers == 1
                                        ? "unlocked.alone"
                                        : r.maxConcurrentBuys() > 1 ? "unlocked" : "unlocked.serial",
                                r.maxConcurrentBuys(),
                                texts.count("buys", buyers),
                                Units.millis(network.toNanos()),
                                texts.count("tickets", r.sold()),
                                r.stock(),
                                r.oversold() > 0 ? texts.format("tooMany", r.oversold()) : texts.format("noneTooMany"),
                                r.fileAtEnd()));
    }
}
