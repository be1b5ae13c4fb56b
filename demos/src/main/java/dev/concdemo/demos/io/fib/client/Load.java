package dev.concdemo.demos.io.fib.client;

import java.time.Duration;

/**
 * What a {@link LoadRun} puts on a server: {@code connections} measured connections, each
 * sending {@code ask} again and again for {@code duration}, and optionally a hog, one more
 * connection asking fib({@code hogN}) in a loop.
 *
 * @param connectPerRequest each request opens a connection of its own and closes it (no
 *     connection reuse: what seed 002's 连接池 saves); its round trip includes the connect
 * @param hogN the hog's n; null for no hog
 */
public record Load(
        String host, int port, int connections, Ask ask, boolean connectPerRequest, Integer hogN, Duration duration) {

    /** Connections reused, no hog. */
    public static Load of(String host, int port, int connections, Ask ask, Duration duration) {
        return new Load(host, port, connections, ask, false, null, duration);
    }

    /** The same load beside a hog asking fib(hogN) in a loop (null: none). */
    public Load withHog(Integer hogN) {
        return new Load(host, port, connections, ask, connectPerRequest, hogN, duration);
    }

    /** The same load, each request on a connection of its own ({@code perRequest}) or not. */
    public Load connectingPerRequest(boolean perRequest) {
        return new Load(host, port, connections, ask, perRequest, hogN, duration);
    }
}
