package dev.concdemo.support.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A timed line's data-t reads as JavaScript's String(number) writes it: the page's script copies it. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PageLineTest {
    @ParameterizedTest
    @CsvSource({"468328.0, 468328", "468328.5, 468328.5", "0.0, 0", "12345678.9, 12345678.9", "120000000.0, 120000000"})
    void theTimeIsWrittenAsTheScriptWritesANumber(double micros, String attribute) {
        assertEquals(attribute, new PageView.Line(micros, "+0.468s", "main", List.of()).t());
    }

    @Test
    void anUntimedLineHasNoTime() {
        assertNull(new PageView.Line(null, null, null, List.of()).t());
    }
}
