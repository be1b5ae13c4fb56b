package dev.concdemo.support.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class TicksTest {
    @ParameterizedTest
    @CsvSource({"0, 37", "0, 0.37", "0, 12345", "-3, 7", "0, 1000000", "1000, 1010", "0, 1", "0, 99.9", "2.5, 2.5"})
    void linearTicksAreNiceAndCoverTheData(double min, double max) {
        Ticks ticks = Ticks.linear(min, max, 5);
        assertTrue(ticks.min() <= min, "first tick " + ticks.min());
        assertTrue(ticks.max() >= max, "last tick " + ticks.max());
        List<Double> values = ticks.ticks().stream().map(Ticks.Tick::value).toList();
        double step = values.get(1) - values.get(0);
        double magnitude = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double mantissa = step / magnitude;
        assertTrue(
                List.of(1.0, 2.0, 5.0).stream().anyMatch(m -> Math.abs(m - mantissa) < 1e-6),
                "step " + step + " is 1, 2 or 5 times a power of ten");
        for (int i = 1; i < values.size(); i++) {
            assertEquals(step, values.get(i) - values.get(i - 1), step * 1e-6, "evenly spaced");
        }
        assertTrue(values.size() >= 3 && values.size() <= 12, values.size() + " ticks for about 5 intervals");
    }

    @Test
    void linearLabelsAreShortAndExact() {
        assertEquals(List.of("0", "10k", "20k", "30k", "40k"), labels(Ticks.linear(0, 40_000, 4)));
        assertEquals(List.of("0", "0.5", "1", "1.5", "2", "2.5"), labels(Ticks.linear(0, 2.5, 5)));
        assertEquals(List.of("0", "0.1", "0.2", "0.3", "0.4"), labels(Ticks.linear(0, 0.37, 4)));
        assertEquals(List.of("-4", "-2", "0", "2", "4", "6", "8"), labels(Ticks.linear(-3, 7, 5)));
        assertEquals(List.of("0", "0.5M", "1M", "1.5M"), labels(Ticks.linear(0, 1_400_000, 3)));
    }

    @Test
    void anEmptyRangeReachesZeroOrOne() {
        assertEquals(List.of(0.0, 1.0), values(Ticks.linear(0, 0, 1)));
        Ticks five = Ticks.linear(5, 5, 5);
        assertEquals(0.0, five.min());
        assertTrue(five.max() >= 5);
    }

    @Test
    void logTicksArePowersOfTenAroundTheData() {
        Ticks ticks = Ticks.log(0.3, 25_000);
        assertEquals(List.of(0.1, 1.0, 10.0, 100.0, 1e3, 1e4, 1e5), values(ticks));
        assertEquals(List.of("0.1", "1", "10", "100", "1k", "10k", "100k"), labels(ticks));
        assertEquals(List.of("1M", "10M"), labels(Ticks.log(2e6, 3e6)));
        assertEquals(List.of(1.0, 10.0), values(Ticks.log(1, 1)), "one value: its decade");
    }

    @Test
    void fractionPlacesValuesAlongTheAxis() {
        Ticks linear = Ticks.linear(0, 40, 4);
        assertEquals(0.0, linear.fraction(0));
        assertEquals(0.25, linear.fraction(10), 1e-9);
        assertEquals(1.0, linear.fraction(40), 1e-9);
        Ticks log = Ticks.log(1, 1000);
        assertEquals(1.0 / 3, log.fraction(10), 1e-9);
    }

    @Test
    void numbersCarryTheirUnit() {
        assertEquals("2.5 ms", Numbers.withUnit(Numbers.compact(2.5), "ms"));
        assertEquals("41.2k req/s", Numbers.withUnit(Numbers.compact(41_234.5), "req/s"));
        assertEquals("95%", Numbers.withUnit(Numbers.compact(95), "%"));
        assertEquals("12", Numbers.withUnit(Numbers.compact(12), ""));
        assertEquals("1k", Numbers.compact(999.6));
        assertEquals("0.00312", Numbers.compact(0.003123));
        assertEquals("41234.5", Numbers.exact(41_234.5));
        assertEquals("latency (ms)", Numbers.axisLabel("latency", "ms"));
        assertEquals("workers", Numbers.axisLabel("workers", ""));
    }

    private static List<String> labels(Ticks ticks) {
        return ticks.ticks().stream().map(Ticks.Tick::label).toList();
    }

    private static List<Double> values(Ticks ticks) {
        return ticks.ticks().stream().map(Ticks.Tick::value).toList();
    }
}
