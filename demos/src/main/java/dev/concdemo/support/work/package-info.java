/**
 * The seeds' workloads, written once (naive fib, trial-division is_prime), CPython's GIL as
 * a simulation (the gil scenario measures it, a fib server computes under it), and the small
 * helpers every scenario uses to run and end its threads. Not here: child JVMs
 * ({@code proc}), anything a scenario shows ({@code term}).
 */
package dev.concdemo.support.work;
