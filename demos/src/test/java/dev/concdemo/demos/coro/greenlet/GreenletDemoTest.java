package dev.concdemo.demos.coro.greenlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GreenletDemoTest {
    @Test
    void twoGreenletsPrintOneTwoThreeFourSwitchingCostsAndBlocksAddUpWhereVirtualThreadsOverlap() throws Exception {
        JsonNode r = new CommandUnderTest(GreenletDemo::new).json("--time-scale", "0.5", "--items", "200000", "--json");
        List<String> printed = new ArrayList<>();
        r.get("printed").forEach(p -> printed.add(p.asText()));
        assertEquals(List.of("1", "2", "3", "4"), printed);
        assertEquals(Thread.currentThread().getName(), r.get("thread").asText(), "all on the caller's one thread");
        assertEquals(4, r.get("switches").asInt(), "g1, g2, g1, g2");
        assertTrue(
                r.get("switchNsPerItem").asDouble() > r.get("callNsPerItem").asDouble(), "a switch costs more: " + r);
        double blocks = 4 * r.get("blockMs").asDouble();
        assertTrue(r.get("greenletsMs").asDouble() >= 0.95 * blocks, "greenlets: the blocks add up: " + r);
        assertTrue(
                r.get("virtualThreadsMs").asDouble()
                        < 0.9 * r.get("greenletsMs").asDouble(),
                "they overlap: " + r);
    }

    @Test
    void theRunsLinesAreSaidInChineseWithLangZh() {
        CommandUnderTest greenlet = new CommandUnderTest(GreenletDemo::new);
        assertEquals(0, greenlet.run("--time-scale", "0.1", "--items", "1000", "--lang", "zh"));
        String out = greenlet.out();
        assertTrue(out.contains("切换 4 次后回到 main"), out);
        assertTrue(out.contains("虚拟线程用了"), out);
        assertTrue(out.contains("这就是 gevent"), "the summary: " + out);
    }
}
