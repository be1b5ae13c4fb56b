package dev.concdemo.demos.io.fib.server;

/**
 * A Netty fib server on its own, for bench/floor.sh: {@code NettyMain PORT nio|epoll}. Serves
 * until killed. Benchmark only (test sources).
 */
public final class NettyMain {
    private NettyMain() {}

    public static void main(String[] args) throws Exception {
        NettyFibServer.Transport transport =
                NettyFibServer.Transport.valueOf(args[1].toUpperCase(java.util.Locale.ROOT));
        try (NettyFibServer _ = new NettyFibServer(45, transport, Integer.parseInt(args[0]))) {
            Thread.currentThread().join(); // until killed
        }
    }
}
