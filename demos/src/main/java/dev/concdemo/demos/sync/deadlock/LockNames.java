package dev.concdemo.demos.sync.deadlock;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Gives the JVM's lock objects our names. {@link ThreadMXBean} reports a
 * {@link ReentrantLock} by the identity hash of the synchronizer inside it, which no public
 * API exposes; so we learn it by holding each lock once and asking the JVM what we hold.
 */
final class LockNames {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Integer, String> byIdentity = new HashMap<>();

    /** Learns {@code lock}'s identity under {@code name}; a lock learnt twice gets both names ("A=B"). */
    void learn(ReentrantLock lock, String name) {
        Set<Integer> before = heldByMe();
        lock.lock();
        try {
            for (int id : heldByMe()) {
                if (!before.contains(id)) {
                    byIdentity.merge(id, name, (old, added) -> old + "=" + added);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Our name for a lock the JVM reports, or its class and identity hash if it is not ours. */
    String name(LockInfo lock) {
        if (lock == null) {
            return "-";
        }
        return byIdentity.getOrDefault(lock.getIdentityHashCode(), lock.toString());
    }

    private Set<Integer> heldByMe() {
        long me = Thread.currentThread().threadId();
        LockInfo[] held = threads.getThreadInfo(new long[] {me}, false, true)[0].getLockedSynchronizers();
        return Arrays.stream(held).map(LockInfo::getIdentityHashCode).collect(Collectors.toSet());
    }
}
