package dev.concdemo.support.os;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The C library, reached through the JDK's foreign function API (FFM): the one place that
 * looks up a symbol and makes a downcall handle for it, and the one place that says whether
 * this is Linux, the only OS these calls are written for. Native access is granted by the
 * jar's manifest ({@code Enable-Native-Access}), and by the flag {@code ChildJvm} gives a child.
 */
public final class Libc {
    /** The option that captures {@code errno} right after a call, before the JVM can change it. */
    public static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");

    /** The memory a call with {@link #CAPTURE_ERRNO} writes its {@code errno} to. */
    public static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();

    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private Libc() {}

    /** Whether this is Linux. */
    public static boolean isLinux() {
        return System.getProperty("os.name", "").startsWith("Linux");
    }

    /** A downcall handle for the C library's {@code name}, or null where it has none. */
    @SuppressWarnings("restricted") // native access: granted by the manifest, or by ChildJvm's flag
    public static MethodHandle find(String name, FunctionDescriptor type, Linker.Option... options) {
        Linker linker = Linker.nativeLinker();
        return linker.defaultLookup()
                .find(name)
                .map(address -> linker.downcallHandle(address, type, options))
                .orElse(null);
    }

    /** The same, for a function the caller cannot do without: a missing one is an error. */
    public static MethodHandle require(String name, FunctionDescriptor type, Linker.Option... options) {
        MethodHandle handle = find(name, type, options);
        if (handle == null) {
            throw new UnsupportedOperationException("no " + name + "() in the C library");
        }
        return handle;
    }

    /** The {@code errno} a call with {@link #CAPTURE_ERRNO} left in {@code state}. */
    public static int errno(java.lang.foreign.MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }
}
