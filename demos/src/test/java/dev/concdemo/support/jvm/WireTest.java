package dev.concdemo.support.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Typed messages as lines: every supported component survives the round trip; anything else is refused. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class WireTest {
    enum Colour {
        RED,
        GREEN
    }

    sealed interface Message permits Hello, Numbers {}

    record Hello(String text, Colour colour, boolean loud) implements Message {}

    record Numbers(int i, long l, double d, Duration pause, Long maybe) implements Message {}

    record Nested(Hello hello) {}

    @Test
    void recordsOfEveryComponentTypeSurviveTheRoundTrip() {
        Hello hello = new Hello("a b=c%d\ne", Colour.GREEN, true);
        String line = Wire.encode(hello);
        assertEquals("Hello text=a%20b%3Dc%25d%0Ae colour=GREEN loud=true", line);
        assertEquals(hello, Wire.decode(line, Hello.class));
        Numbers numbers = new Numbers(-3, Long.MAX_VALUE, 0.125, Duration.ofMillis(1500), null);
        assertEquals(numbers, Wire.decode(Wire.encode(numbers), Numbers.class));
    }

    @Test
    void aSealedInterfaceDecodesToTheRecordTheLineNames() {
        Message m = Wire.decode(Wire.encode(new Numbers(1, 2, 3, Duration.ZERO, 4L)), Message.class);
        assertEquals(new Numbers(1, 2, 3, Duration.ZERO, 4L), m);
        assertEquals(new Hello("", Colour.RED, false), Wire.decode("Hello text= colour=RED loud=false", Message.class));
    }

    @Test
    void whatIsNotAMessageIsRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> Wire.decode("Goodbye x=1", Message.class), "an unknown name");
        assertThrows(
                IllegalArgumentException.class, () -> Wire.decode("Numbers i=1", Numbers.class), "a missing number");
        assertThrows(IllegalArgumentException.class, () -> Wire.encode("a string"), "not a record");
        assertThrows(
                IllegalArgumentException.class,
                () -> Wire.encode(new Nested(new Hello("x", Colour.RED, true))),
                "a component of another type");
    }
}
