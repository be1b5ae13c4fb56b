package dev.concdemo.demos.jvm.visibility;

import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs in a child JVM: one thread spins until it sees {@code stop}, the child's main thread sets
 * it. Visibility is whether a write by one thread is ever seen by a read in another: the Java
 * memory model (JLS 17.4) promises it only where a happens-before edge joins the write to the
 * read (a volatile write and a later volatile read of the same field make one; a plain field
 * makes none). Each flag below is written by main once and read by the spinner only.
 *
 * <p>Prints lines for the parent: {@code warm N ms ITER/ms}, {@code stored}, then
 * {@code seen MICROS SPUN_MS} or, after WAIT_MS, {@code spinning SPUN_MS}; when the flag was
 * never seen the spinner (not a daemon) keeps this JVM up until the parent kills it.
 */
public final class Spinner {
    private Spinner() {}

    /** The flags, one per variant; each written by main once, read by the spinner. */
    static final class Flag {
        boolean plain; // BROKEN: no happens-before edge: the JIT may read it once, before the loop
        volatile boolean isVolatile; // a volatile write happens-before every later volatile read
        final AtomicBoolean atomic = new AtomicBoolean(); // get() and set() are volatile accesses
        boolean opaque; // only through OPAQUE: getOpaque must read memory each time (no hoisting)
    }

    private static final VarHandle OPAQUE;

    static {
        try {
            OPAQUE = MethodHandles.lookup().findVarHandle(Flag.class, "opaque", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Spins until the plain flag is set or {@code limit} turns; the turns taken. */
    static long spinPlain(Flag f, long limit) {
        long turns = 0;
        while (!f.plain && turns < limit) { // BROKEN: f.plain may be read once and kept in a register
            turns++;
        }
        return turns;
    }

    static long spinVolatile(Flag f, long limit) {
        long turns = 0;
        while (!f.isVolatile && turns < limit) {
            turns++;
        }
        return turns;
    }

    static long spinAtomic(Flag f, long limit) {
        long turns = 0;
        while (!f.atomic.get() && turns < limit) {
            turns++;
        }
        return turns;
    }

    static long spinOpaque(Flag f, long limit) {
        long turns = 0;
        while (!(boolean) OPAQUE.getOpaque(f) && turns < limit) {
            Thread.onSpinWait();
            turns++;
        }
        return turns;
    }

    private static long spin(String variant, Flag f, long limit) {
        return switch (variant) {
            case "plain", "interpreted" -> spinPlain(f, limit);
            case "volatile" -> spinVolatile(f, limit);
            case "atomic" -> spinAtomic(f, limit);
            case "opaque" -> spinOpaque(f, limit);
            default -> throw new IllegalArgumentException(variant);
        };
    }

    private static void set(String variant, Flag f) {
        switch (variant) {
            case "plain", "interpreted" -> f.plain = true;
            case "volatile" -> f.isVolatile = true;
            case "atomic" -> f.atomic.set(true);
            case "opaque" -> OPAQUE.setOpaque(f, true);
            default -> throw new IllegalArgumentException(variant);
        }
    }

    /**
     * The child's program: args VARIANT WARM_MS WAIT_MS. Warms the spin method up on a flag
     * nobody sets (bounded calls, so that the JIT compiles it), then starts the real spinner, lets
     * it spin 100 ms, sets its flag and waits WAIT_MS for it to stop.
     */
    public static void run(List<String> args, PrintStream out) throws InterruptedException {
        String variant = args.get(0);
        long warmMs = Long.parseLong(args.get(1));
        long waitMs = Long.parseLong(args.get(2));
        Flag unused = new Flag(); // the warm-up's flag: never set
        long warmStart = System.nanoTime();
        long warmTurns = 0;
        while (System.nanoTime() - warmStart < warmMs * 1_000_000) {
            warmTurns += spin(variant, unused, 100_000);
        }
        long warmedMs = Math.max(1, (System.nanoTime() - warmStart) / 1_000_000);
        out.println("warm %d %d".formatted(warmedMs, warmTurns / warmedMs));
        Flag flag = new Flag();
        long[] seen = new long[2]; // written by the spinner before it ends, read by main after join
        Thread spinner = Thread.ofPlatform().name("spinner").unstarted(() -> {
            long start = System.nanoTime();
            spin(variant, flag, Long.MAX_VALUE);
            seen[0] = System.nanoTime();
            seen[1] = start;
        });
        long spinStart = System.nanoTime();
        spinner.start();
        Thread.sleep(100);
        long stored = System.nanoTime();
        set(variant, flag);
        out.println("stored");
        spinner.join(waitMs);
        if (spinner.isAlive()) {
            out.println("spinning %d".formatted((System.nanoTime() - spinStart) / 1_000_000));
            out.flush();
            spinner.join(); // forever: the parent has to end this JVM
        } else {
            out.println("seen %d %d".formatted(Math.max(0, seen[0] - stored) / 1000, (seen[0] - seen[1]) / 1_000_000));
        }
        out.flush();
    }
}
