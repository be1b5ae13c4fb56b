package dev.concdemo.demos.io.fib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The growth fitted to fib's times, and what is extrapolated from it. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class FibGrowthTest {
    @Test
    void aGeometricGrowthIsFittedExactlyAndExtrapolatedFromTheLargestNTimed() {
        double phi = (1 + Math.sqrt(5)) / 2;
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i <= 8; i++) {
            millis.add(0.1 * Math.pow(phi, i)); // fib(22) 0.1 ms, then ×φ each n
        }
        FibGrowth g = FibGrowth.fit(22, millis);
        assertEquals(phi, g.ratio(), 1e-9);
        assertEquals(30, g.to());
        assertEquals(0.1 * Math.pow(phi, 8) / 1e3 * Math.pow(phi, 15), g.seconds(45), 1e-9);
        // fib(1000): 970 n past fib(30), each ×φ: about 10^193 years, not a minute
        double expected = Math.log10(0.1 * Math.pow(phi, 8) / 1e3) + 970 * Math.log10(phi) - Math.log10(31_557_600);
        assertEquals(expected, g.log10Years(1000), 1e-9);
        assertEquals(193, Math.round(g.log10Years(1000)), 1);
    }

    @Test
    void noisyTimesAreFittedByLeastSquares() {
        // times doubling per n, with the middle one off: the fit still finds ×2 within a little
        FibGrowth g = FibGrowth.fit(10, List.of(1.0, 2.0, 4.4, 8.0, 16.0));
        assertEquals(2.0, g.ratio(), 0.05);
    }
}
