package dev.concdemo.demos.primes;

import dev.concdemo.support.child.ChildTask;

/** What each child JVM of {@code primes --procs} runs: a number in, "true" or "false" out. */
public final class PrimeChecker implements ChildTask {
    @Override
    public String handle(String request) {
        return Boolean.toString(Primes.isPrime(Long.parseLong(request)));
    }
}
