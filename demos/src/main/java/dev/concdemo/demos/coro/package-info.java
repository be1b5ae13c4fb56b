/**
 * Chapter 4, coroutines and async (seed 002 协程, seeds 000/003/004 asyncio and generators).
 * Python's coroutines have no direct Java twin: each scenario uses the JVM's real mechanism
 * (virtual threads, continuations, futures, a selector loop) and says where it differs.
 *
 * <p>This package itself is a shared home: {@code Coroutine}, the JDK's continuations, is
 * used by yield, greenlet and asyncio, and by the fib server's coroutine model.
 */
package dev.concdemo.demos.coro;
