package dev.concdemo.demos.cpu.primes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PrimesTest {
    @Test
    void theSeedsPrimeTestIsRight() {
        for (long prime : List.of(2L, 3L, 5L, 97L, 1116281L, 982451653L, 112272535095293L)) {
            assertTrue(TrialDivision.isPrime(prime), prime + " is prime");
        }
        for (long composite : List.of(1L, 4L, 9L, 25L, 1_000_000_007L * 3, 1099726899285419L)) {
            assertFalse(TrialDivision.isPrime(composite), composite + " is not prime");
        }
        assertThrows(IllegalArgumentException.class, () -> TrialDivision.isPrime(0));
    }

    @Test
    void repeatingIsPythonsListTimesN() {
        assertEquals(List.of(1L, 2L, 1L, 2L, 1L, 2L), Primes.repeated(List.of(1L, 2L), 3));
        assertEquals(65, Primes.repeated(Primes.SEED, Primes.SEED_REPEAT).size());
    }

    @Test
    void aNumbersFileIsReadAndABadLineIsNamed(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "# mine\n7\n\n1_000_003\n");
        assertEquals(List.of(7L, 1_000_003L), Primes.read(good));
        Path bad = Files.writeString(dir.resolve("bad.txt"), "7\n11\nseven\n");
        Primes.BadNumbersFile e = assertThrows(Primes.BadNumbersFile.class, () -> Primes.read(bad));
        assertTrue(
                e.getMessage()
                        .endsWith("bad.txt, line 3: 'seven' is not a positive whole number (1 to 9223372036854775807)"),
                e.getMessage());
        assertThrows(Primes.BadNumbersFile.class, () -> Primes.read(Files.writeString(dir.resolve("neg.txt"), "-5\n")));
        assertThrows(
                Primes.BadNumbersFile.class,
                () -> Primes.read(Files.writeString(dir.resolve("empty.txt"), "# none\n")));
        assertThrows(Primes.BadNumbersFile.class, () -> Primes.read(dir.resolve("missing.txt")));
    }
}
