package dev.concdemo.demos.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.demos.io.bench.BenchDemo;
import dev.concdemo.demos.io.c10k.C10kDemo;
import dev.concdemo.demos.io.client.ClientDemo;
import dev.concdemo.demos.io.compare.CompareDemo;
import dev.concdemo.demos.io.fib.server.Model;
import dev.concdemo.demos.io.iomodels.IoModelsDemo;
import dev.concdemo.support.cli.CommandUnderTest;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The IO scenarios in a Chinese run: openings, hints and bundles in Chinese, English unchanged. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class IoChineseTest {
    /** Three English words in a row: prose, not an identifier or an option. */
    private static final Pattern ENGLISH_PROSE = Pattern.compile("[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}");

    @Test
    void theChineseBundlesKeepTheRules() throws Exception {
        int[] bundles = {0};
        List<String> problems = ZhBundles.problems("io", bundles);
        assertTrue(bundles[0] >= 6, bundles[0] + " Chinese bundles found");
        assertEquals(List.of(), problems);
    }

    @Test
    void iomodelsOpensWithTheNotesInChinese() {
        String first = firstLine(new CommandUnderTest(IoModelsDemo::new), "--time-scale", "0.05", "--sockets", "0");
        assertTrue(first.startsWith("iomodels（笔记 002"), first);
        assertFalse(first.contains("seed") || ENGLISH_PROSE.matcher(first).find(), first);
    }

    @Test
    void c10kOpensWithTheNotesInChinese() {
        String first = firstLine(
                new CommandUnderTest(C10kDemo::new), "--models", "nio", "--steps", "0,100", "--probes", "100");
        assertTrue(first.startsWith("c10k（笔记 002、000）：0, 100 个空闲连接"), first);
        assertFalse(first.contains("seed") || ENGLISH_PROSE.matcher(first).find(), first);
    }

    @Test
    void benchTellsEachStepInChinese() {
        CommandUnderTest cli = new CommandUnderTest(BenchDemo::new);
        firstLine(cli, "rps", "--model", "nio", "--duration", "1", "--hog", "15");
        String first = String.join("", cli.out().lines().limit(2).toList()); // the step's line, wrapped at 100 columns
        assertTrue(first.startsWith("bench rps：1 个连接尽快地请求 fib(1)，持续 1.00 秒，服务端：子 JVM 里的 nio"), first);
        assertTrue(first.contains("另有一个占用者循环请求 fib(15)"), first);
        assertFalse(ENGLISH_PROSE.matcher(first).find(), first);
    }

    @Test
    void compareSaysItsOpeningAndItsHintInEitherLanguage() {
        Texts words = Texts.of(CompareDemo.class);
        assertEquals(
                " (seed 003): 1 model, each in its own child JVM; 500 ms per load, 1000 idle connections",
                words.format(
                        "heading",
                        words.count("models", 1),
                        words.format("window.ms", 500),
                        words.count("idle", 1000)));
        String zh = ScopedValue.where(Texts.LANG, Lang.ZH).call(() -> {
            Texts z = Texts.of(CompareDemo.class);
            return z.format("heading", z.count("models", 1), z.format("window.ms", 500), z.count("idle", 1000))
                    + z.format("shorten");
        });
        assertEquals("（笔记 003）：1 个模型，各在自己的子 JVM 中；每种负载 500 毫秒，1000 个空闲连接用 --models nio,threads 只比较两个", zh);
    }

    @Test
    void serveDescribesEveryModelInEitherLanguageAndTheEnglishIsTheModelsOwn() throws Exception {
        Path dir = Path.of("src/main/resources/dev/concdemo/demos/io/serve");
        Properties en = ZhBundles.load(dir.resolve("Messages.properties"));
        Properties zh = ZhBundles.load(dir.resolve("Messages_zh.properties"));
        for (Model model : Model.values()) {
            String key = "model." + model.name().toLowerCase(Locale.ROOT);
            assertEquals(model.description(), en.getProperty(key), key);
            String said = zh.getProperty(key);
            assertTrue(said != null && !ENGLISH_PROSE.matcher(said).find(), key + ": " + said);
        }
    }

    @Test
    void theClientOpensInEitherLanguage() {
        assertEquals(
                "Connected to 127.0.0.1:25000. Type a number; Ctrl-D or an empty line ends.",
                Texts.of(ClientDemo.class).format("connected", "127.0.0.1", 25000));
        String zh = ScopedValue.where(Texts.LANG, Lang.ZH)
                .call(() -> Texts.of(ClientDemo.class).format("connected", "127.0.0.1", 25000));
        assertEquals("已连接到 127.0.0.1:25000。输入一个数；按 Ctrl-D 或输入空行结束。", zh);
    }

    private static String firstLine(CommandUnderTest cli, String... options) {
        String[] args = new String[options.length + 2];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = "--lang";
        args[options.length + 1] = "zh";
        assertEquals(0, cli.run(args), cli.err());
        return cli.out().lines().findFirst().orElseThrow();
    }
}
