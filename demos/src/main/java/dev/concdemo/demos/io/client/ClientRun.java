package dev.concdemo.demos.io.client;

import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.demos.io.fib.client.FibConnection;
import dev.concdemo.support.cli.Swallowed;
import dev.concdemo.support.term.Narrator;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One client session: a connection to a fib server, requests sent one at a time, each
 * answer told with its round trip. A reader thread owns the socket's input, so a server
 * that closes the connection is noticed at once, even while the user is still typing.
 */
final class ClientRun implements AutoCloseable {
    private final String host;
    private final int port;
    private final boolean bare;
    private final Service service;
    private final Narrator n;
    private final FibConnection connection;
    /** Answer lines as the reader thread reads them; an empty Optional when the server closed. */
    private final BlockingQueue<Optional<String>> answers = new LinkedBlockingQueue<>();

    private final Thread reader;
    /** Said by the reader thread, which has no language bound: worded here, on the run's thread. */
    private final String closedSaid;

    private final List<ClientReport.Exchange> exchanges = new ArrayList<>(); // the asking thread only
    private volatile boolean closedByServer;
    private volatile Runnable onServerClosed = () -> {};

    ClientRun(String host, int port, boolean bare, Service service, Narrator n) throws IOException {
        this.host = host;
        this.port = port;
        this.closedSaid = Texts.of(ClientRun.class).format("closed", host, port);
        this.bare = bare;
        this.service = service;
        this.n = n;
        this.connection = new FibConnection(host, port);
        this.reader = Thread.ofPlatform().name("client-answers").daemon().start(this::readAnswers);
    }

    /** Called (on the reader thread) when the server closes the connection: wakes an idle prompt. */
    void onServerClosed(Runnable action) {
        onServerClosed = action;
    }

    boolean closedByServer() {
        return closedByServer;
    }

    /** Sends one request and tells its answer and round trip; false if the server has closed the connection. */
    boolean ask(String request) throws IOException, InterruptedException {
        String sent = request.strip();
        if (closedByServer) {
            return false;
        }
        long start = System.nanoTime();
        try {
            connection.send(bare ? sent : sent + "\n");
        } catch (IOException closed) {
            closedByServer = true; // the reader thread will say so
            exchanges.add(new ClientReport.Exchange(sent, null, 0));
            return false;
        }
        Optional<String> answer = answers.take();
        long nanos = System.nanoTime() - start;
        exchanges.add(new ClientReport.Exchange(sent, answer.orElse(null), Units.round2(nanos / 1e6)));
        if (answer.isEmpty()) {
            return false;
        }
        String rtt = String.format(Locale.ROOT, "(round trip %.2f ms)", nanos / 1e6);
        if (service == Service.UPPER) {
            n.say("客户端接收数据 @|bold %s|@  %s".formatted(answer.get(), rtt)); // the seeds' client's line
        } else if (answer.get().startsWith("error:")) {
            n.say("@|fg_red %s|@  %s".formatted(answer.get(), rtt));
        } else {
            n.say("fib(%s) = @|bold %s|@  %s".formatted(sent, answer.get(), rtt));
        }
        return true;
    }

    private void readAnswers() {
        try {
            for (String line = connection.readLine(); line != null; line = connection.readLine()) {
                answers.add(Optional.of(line));
            }
        } catch (IOException e) {
            // reset by the server, or closed by us: either way, no more answers
            Swallowed.report("reading the server's answers", e);
        }
        if (!connection.isClosed()) { // not our own close: the server went away
            closedByServer = true;
            n.say(closedSaid);
            onServerClosed.run();
        }
        answers.add(Optional.empty());
    }

    ClientReport report() {
        int errors = (int) exchanges.stream()
                .filter(e -> e.answer() != null && e.answer().startsWith("error:"))
                .count();
        int answered = (int) exchanges.stream().filter(e -> e.answer() != null).count();
        return new ClientReport(
                host, port, exchanges.size(), answered - errors, errors, closedByServer, List.copyOf(exchanges));
    }

    @Override
    public void close() throws IOException {
        connection.close(); // ends the reader's read at once
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
