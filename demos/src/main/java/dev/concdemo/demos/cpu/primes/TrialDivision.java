package dev.concdemo.demos.cpu.primes;

/** The seeds' prime test (000, example06), written once: trial division up to the square root. */
public final class TrialDivision {
    private TrialDivision() {}

    /** The seed's is_prime, as it is. */
    public static boolean isPrime(long num) {
        if (num <= 0) {
            throw new IllegalArgumentException("not a positive number: " + num); // the seed's assert num > 0
        }
        long end = (long) Math.sqrt((double) num);
        for (long i = 2; i <= end; i++) {
            if (num % i == 0) {
                return false;
            }
        }
        return num != 1;
    }
}
