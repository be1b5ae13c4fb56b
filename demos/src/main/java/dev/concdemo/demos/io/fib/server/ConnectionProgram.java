package dev.concdemo.demos.io.fib.server;

import dev.concdemo.demos.io.fib.Service;
import dev.concdemo.support.proc.ChildProgram;
import dev.concdemo.support.proc.Inbox;
import dev.concdemo.support.proc.ToParent;
import dev.concdemo.support.term.Narrator;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.channels.Channel;
import java.nio.channels.SocketChannel;
import java.util.List;

/**
 * One connection of the process model, served in a child JVM of its own: the parent handed
 * it the accepted socket as its standard input, which the JDK gives back as
 * {@link System#inheritedChannel()} (its inetd support). It serves that one client, as a
 * thread of the threads model would, and before each answer reports its totals so far
 * ({@link Served}) on its standard output, a pipe to the parent ({@link ToParent}).
 * Args: max n, service.
 */
public final class ConnectionProgram implements ChildProgram {
    /** What the child tells its parent, a line each. */
    sealed interface Report permits Served, Failed {}

    /** Its totals so far, sent before each answer. */
    record Served(long requests, long errors) implements Report {}

    /** Why it could not serve its connection. */
    record Failed(String why) implements Report {}

    @Override
    public int run(List<String> args, Inbox in, PrintStream out) throws Exception {
        Channel inherited = System.inheritedChannel();
        if (!(inherited instanceof SocketChannel socket)) {
            ToParent.send(out, new Failed("standard input is not a socket: " + inherited));
            return 1;
        }
        ServerConfig config = new ServerConfig(
                new InetSocketAddress("127.0.0.1", 0),
                1,
                Integer.parseInt(args.get(0)),
                1,
                0,
                Service.valueOf(args.get(1).toUpperCase(java.util.Locale.ROOT)));
        ServerContext ctx = new ServerContext(
                config, new ServerStats(), new ConnectionLog(Narrator.silent(), true), ServerContext.HERE);
        socket.configureBlocking(true);
        Runnable report = () -> { // counted here, so the parent's stats keep up as the client is served
            ServerStats.Snapshot s = ctx.stats().snapshot();
            ToParent.send(out, new Served(s.requests(), s.errors()));
        };
        BlockingConnection.serveOpen(socket.socket(), ctx, report);
        // Only now: closing an inherited channel also points the JDK's standard streams at
        // /dev/null (inetd style), so nothing printed after it would reach the parent.
        socket.close();
        return 0;
    }

    /** Its input is the client's socket, not lines from us. */
    @Override
    public boolean readsStdin() {
        return false;
    }
}
