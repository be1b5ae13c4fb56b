package dev.concdemo.support.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class TextWidthTest {
    @Test
    void aChineseCharacterIsTwiceAsWide() {
        assertEquals(4 * TextWidth.PER_COLUMN, TextWidth.of("ab12"));
        assertEquals(4 * TextWidth.PER_COLUMN, TextWidth.of("工作"));
        assertEquals(6 * TextWidth.PER_COLUMN, TextWidth.of("线程 A"));
    }

    @Test
    void whatDoesNotFitIsCutWithAnEllipsis() {
        assertEquals("short", TextWidth.fit("short", 100));
        String cut = TextWidth.fit("a label far too long for its room", 10 * TextWidth.PER_COLUMN);
        assertEquals("a label f…", cut, "nine columns and the ellipsis");
        String chinese = TextWidth.fit("工作线程等待锁释放", 7 * TextWidth.PER_COLUMN);
        assertEquals("工作线…", chinese);
        assertTrue(TextWidth.of(chinese) <= 7 * TextWidth.PER_COLUMN);
    }
}
