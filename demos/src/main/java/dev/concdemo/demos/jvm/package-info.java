/**
 * Chapter 7, the JVM's own toolkit: what the seed notes never needed because Python's GIL hid it
 * or its library lacks it. The Java Memory Model (JLS chapter 17), java.util.concurrent's
 * latches, phasers, read-write and stamped locks, fork/join, futures and atomics, structured
 * concurrency and scoped values, and virtual threads' pinning. These scenarios have no seed:
 * each cites the Java source it follows (a JLS section, a JEP, a class's documentation).
 */
package dev.concdemo.demos.jvm;
