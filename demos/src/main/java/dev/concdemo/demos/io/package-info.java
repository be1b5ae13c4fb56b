/**
 * Chapter 5, IO models and the fib service: serve, client, bench, compare, each its own
 * package, and {@code fib}, the service they share.
 */
package dev.concdemo.demos.io;
