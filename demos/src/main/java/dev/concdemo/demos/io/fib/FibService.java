package dev.concdemo.demos.io.fib;

/** What every user of the fib service agrees on: where it listens and how large a request it takes. */
public final class FibService {
    /** The talk's port. */
    public static final int DEFAULT_PORT = 25000;
    /** fib(45) takes ~3 s on the reference VM: no single request holds a core much longer. */
    public static final int DEFAULT_MAX_N = 45;

    private FibService() {}
}
