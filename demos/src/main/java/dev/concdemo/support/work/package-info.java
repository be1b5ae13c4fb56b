/**
 * The seeds' workloads, written once (naive fib, trial-division is_prime), and the small
 * helpers every scenario uses to run and end its threads. Not here: child JVMs
 * ({@code proc}), anything a scenario shows ({@code term}).
 */
package dev.concdemo.support.work;
