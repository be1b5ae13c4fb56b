package dev.concdemo.demos.cpu.primes;

import dev.concdemo.support.jvm.ChildTask;

/** What each child JVM of {@code primes --procs} runs: a number in, whether it is prime out. */
public final class PrimeChecker implements ChildTask<PrimeChecker.Check, PrimeChecker.Verdict> {
    /** Is {@code n} prime? */
    public record Check(long n) {}

    public record Verdict(boolean prime) {}

    @Override
    public Class<Check> requestType() {
        return Check.class;
    }

    @Override
    public Verdict handle(Check request) {
        return new Verdict(TrialDivision.isPrime(request.n()));
    }
}
