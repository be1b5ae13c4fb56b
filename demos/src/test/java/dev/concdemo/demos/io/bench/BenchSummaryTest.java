package dev.concdemo.demos.io.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The summary's counts carry their nouns as each language says them: one error, no errors, 1000 requests. */
@Timeout(value = 5, unit = TimeUnit.SECONDS)
class BenchSummaryTest {
    @Test
    void englishSaysOneInTheSingularAndNoneAndManyInThePlural() {
        Texts en = Texts.of(BenchSummary.class, Lang.EN);
        assertEquals("0 errors", en.count("errors", 0));
        assertEquals("1 error", en.count("errors", 1));
        assertEquals("2 wrong answers", en.count("wrongAnswers", 2));
        assertEquals("12345 requests", en.count("requests", 12_345));
        assertEquals("over 1 connection", en.count("over.connections", 1));
        assertEquals("from 3 clients, a new connection a request", en.count("over.clients", 3));
    }

    @Test
    void chineseCountsWithAMeasureWord() {
        Texts zh = Texts.of(BenchSummary.class, Lang.ZH);
        assertEquals("1 个错误", zh.count("errors", 1));
        assertEquals("经 8 个连接", zh.count("over.connections", 8));
    }
}
