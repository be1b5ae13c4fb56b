package dev.concdemo.demos.cpu.primes;

import dev.concdemo.support.proc.ChildTask;
import dev.concdemo.support.work.TrialDivision;

/** What each child JVM of {@code primes --procs} runs: a number in, "true" or "false" out. */
public final class PrimeChecker implements ChildTask {
    @Override
    public String handle(String request) {
        return Boolean.toString(TrialDivision.isPrime(Long.parseLong(request)));
    }
}
