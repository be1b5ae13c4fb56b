package dev.concdemo.demos.sync.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One collection shared by every thread of a trial, which each add their own distinct
 * elements to it. A collection is thread-safe when, whatever the interleaving, every
 * element added is there at the end and nothing throws. Broken and safe kinds are siblings.
 */
sealed interface Shared
        permits Shared.UnsafeList,
                Shared.UnsafeMap,
                Shared.SynchronizedList,
                Shared.ConcurrentMap,
                Shared.CopyOnWriteList {

    /** Adds thread {@code t}'s {@code i}-th element (distinct from every other thread's). */
    void add(int t, int i);

    /** How many elements it holds now. */
    int size();

    /** As the table names it. */
    String label();

    /** A fresh, empty collection of this kind, as named on the command line. */
    static Shared of(Kind kind) {
        return switch (kind) {
            case ARRAY_LIST -> new UnsafeList(new ArrayList<>());
            case HASH_MAP -> new UnsafeMap(new HashMap<>());
            case SYNCHRONIZED_LIST -> new SynchronizedList(Collections.synchronizedList(new ArrayList<>()));
            case CONCURRENT_HASH_MAP -> new ConcurrentMap(new ConcurrentHashMap<>());
            case COPY_ON_WRITE_LIST -> new CopyOnWriteList(new CopyOnWriteArrayList<>());
        };
    }

    enum Kind {
        ARRAY_LIST,
        HASH_MAP,
        SYNCHRONIZED_LIST,
        CONCURRENT_HASH_MAP,
        COPY_ON_WRITE_LIST;

        boolean safe() {
            return this != ARRAY_LIST && this != HASH_MAP;
        }
    }

    /**
     * BROKEN: ArrayList.add is a check of the capacity, maybe a grow, a store at {@code size}
     * and {@code size++}, with nothing to keep two threads apart: two stores land in one slot
     * (an element lost) or one lands past a grow the other did not see (an exception).
     */
    record UnsafeList(List<Integer> list) implements Shared {
        @Override
        public void add(int t, int i) {
            list.add(t * 10_000_000 + i);
        }

        @Override
        public int size() {
            return list.size();
        }

        @Override
        public String label() {
            return "ArrayList";
        }
    }

    /** BROKEN: HashMap.put links a new node into a bucket and bumps a count; racing puts overwrite links. */
    record UnsafeMap(Map<Integer, Integer> map) implements Shared {
        @Override
        public void add(int t, int i) {
            map.put(t * 10_000_000 + i, i);
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public String label() {
            return "HashMap";
        }
    }

    /** FIXED by one lock around every call (the wrapper's monitor), as CPython's GIL makes list.append atomic. */
    record SynchronizedList(List<Integer> list) implements Shared {
        @Override
        public void add(int t, int i) {
            list.add(t * 10_000_000 + i);
        }

        @Override
        public int size() {
            return list.size();
        }

        @Override
        public String label() {
            return "Collections.synchronizedList";
        }
    }

    /** FIXED by design: ConcurrentHashMap's put is atomic per key (CAS on an empty bin, else a lock on the bin). */
    record ConcurrentMap(Map<Integer, Integer> map) implements Shared {
        @Override
        public void add(int t, int i) {
            map.put(t * 10_000_000 + i, i);
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public String label() {
            return "ConcurrentHashMap";
        }
    }

    /** FIXED by copying: every add makes a new array under a lock; readers never lock. Costly for many adds. */
    record CopyOnWriteList(List<Integer> list) implements Shared {
        @Override
        public void add(int t, int i) {
            list.add(t * 10_000_000 + i);
        }

        @Override
        public int size() {
            return list.size();
        }

        @Override
        public String label() {
            return "CopyOnWriteArrayList";
        }
    }
}
