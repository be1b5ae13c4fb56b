/**
 * The notes' workloads, written once and used by several chapters (naive fib, a busy loop,
 * CPython's GIL as a simulation that the gil scenario measures and a fib server computes
 * under), and the small helpers that start, line up and end threads. Not here: child JVMs
 * ({@code jvm}), processes ({@code proc}), anything a scenario shows ({@code term}).
 */
package dev.concdemo.support.work;
