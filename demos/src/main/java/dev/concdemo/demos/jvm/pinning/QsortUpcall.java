package dev.concdemo.demos.jvm.pinning;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.concdemo.support.os.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;

/**
 * A block with a native frame under it: libc's {@code qsort} (an FFM downcall) sorting two
 * ints with a Java comparator (an upcall) that sleeps. The sleeping virtual thread has C code
 * on its stack, which cannot be moved off the carrier, so it parks pinned: its carrier stays
 * blocked for the whole sleep (JEP 491 removed pinning by {@code synchronized}, not this).
 */
final class QsortUpcall {
    private static final MethodHandle QSORT =
            Libc.require("qsort", FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS));

    private static final MethodHandle COMPARE;

    /** The time each comparator call sleeps: every task of a run sets the same, before its sort. */
    private static volatile Duration sleep = Duration.ZERO;

    /** Run by each comparator call before it sleeps: every task of a run sets the same. */
    private static volatile Runnable entered = () -> {};

    static {
        try {
            COMPARE = MethodHandles.lookup()
                    .findStatic(
                            QsortUpcall.class,
                            "compare",
                            MethodType.methodType(int.class, MemorySegment.class, MemorySegment.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private QsortUpcall() {}

    /** Sorts two ints in C; the one comparison sleeps {@code block} in Java, under qsort's frame. */
    @SuppressWarnings("restricted") // native access: granted by the child JVM's --enable-native-access
    static void sortSleeping(Duration block, Runnable onEntry) {
        sleep = block;
        entered = onEntry;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ints = arena.allocate(JAVA_INT, 2);
            ints.setAtIndex(JAVA_INT, 0, 2);
            ints.setAtIndex(JAVA_INT, 1, 1);
            MemorySegment comparator = Linker.nativeLinker()
                    .upcallStub(
                            COMPARE,
                            FunctionDescriptor.of(
                                    JAVA_INT, ADDRESS.withTargetLayout(JAVA_INT), ADDRESS.withTargetLayout(JAVA_INT)),
                            arena);
            QSORT.invokeExact(ints, 2L, JAVA_INT.byteSize(), comparator);
        } catch (Throwable e) {
            throw new IllegalStateException("qsort failed", e);
        }
    }

    private static int compare(MemorySegment a, MemorySegment b) {
        try {
            entered.run();
            Thread.sleep(sleep);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // restored; qsort goes on, the task sees it after
        }
        return Integer.compare(a.get(JAVA_INT, 0), b.get(JAVA_INT, 0));
    }
}
