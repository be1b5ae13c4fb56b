/**
 * The scenarios, one package per chapter and one package per scenario inside it. A
 * scenario imports only {@code support} and the shared homes that say so in their
 * {@code package-info} (today {@code io.fib}); never another scenario (ArchitectureTest).
 */
package dev.concdemo.demos;
