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
 * element added is there at the end and nothing throws. Which kind it is, broken or safe,
 * is the {@link Kind}; a list and a map are added to the same way whatever their kind.
 */
sealed interface Shared permits Shared.AList, Shared.AMap {

    /** Adds thread {@code t}'s {@code i}-th element (distinct from every other thread's). */
    void add(int t, int i);

    /** How many elements it holds now. */
    int size();

    /** The kinds of collection, each as the table names it. */
    enum Kind {
        /**
         * BROKEN: ArrayList.add is a check of the capacity, maybe a grow, a store at {@code size}
         * and {@code size++}, with nothing to keep two threads apart: two stores land in one slot
         * (an element lost) or one lands past a grow the other did not see (an exception).
         */
        ARRAY_LIST("ArrayList"),
        /**
         * BROKEN: HashMap.put links a new node into a bucket and bumps a count; racing puts
         * overwrite links, and one racing a resize can corrupt a bin's tree so that a thread loops
         * for good (which is why its trials run in a child JVM: {@link HashMapTrials}).
         */
        HASH_MAP("HashMap"),
        /** FIXED by one lock around every call (the wrapper's monitor), as CPython's GIL makes list.append atomic. */
        SYNCHRONIZED_LIST("Collections.synchronizedList"),
        /** FIXED by design: put is atomic per key (CAS on an empty bin, else a lock on the bin). */
        CONCURRENT_HASH_MAP("ConcurrentHashMap"),
        /** FIXED by copying: every add makes a new array under a lock; readers never lock. Costly for many adds. */
        COPY_ON_WRITE_LIST("CopyOnWriteArrayList");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        boolean safe() {
            return this != ARRAY_LIST && this != HASH_MAP;
        }

        /** A fresh, empty collection of this kind. */
        Shared create() {
            return switch (this) {
                case ARRAY_LIST -> new AList(new ArrayList<>());
                case HASH_MAP -> new AMap(new HashMap<>());
                case SYNCHRONIZED_LIST -> new AList(Collections.synchronizedList(new ArrayList<>()));
                case CONCURRENT_HASH_MAP -> new AMap(new ConcurrentHashMap<>());
                case COPY_ON_WRITE_LIST -> new AList(new CopyOnWriteArrayList<>());
            };
        }
    }

    /** Thread {@code t}'s {@code i}-th element: no two threads add the same one. */
    private static int element(int t, int i) {
        return t * 10_000_000 + i;
    }

    record AList(List<Integer> list) implements Shared {
        @Override
        public void add(int t, int i) {
            list.add(element(t, i));
        }

        @Override
        public int size() {
            return list.size();
        }
    }

    record AMap(Map<Integer, Integer> map) implements Shared {
        @Override
        public void add(int t, int i) {
            map.put(element(t, i), i);
        }

        @Override
        public int size() {
            return map.size();
        }
    }
}
