package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Width;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code concdemo explain}: every topic in both languages, every command it names real, the layout in width. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExplainTest {
    /** The seed notes' own terms, which the Chinese of each of these topics must use. */
    private static final Map<String, List<String>> SEED_TERMS = Map.of(
            "concurrency", List.of("并发", "并行"),
            "sync-async", List.of("同步", "异步", "阻塞", "非阻塞"),
            "gil", List.of("全局解释器锁"),
            "zombie-orphan-daemon", List.of("僵尸进程", "孤儿进程", "守护进程"),
            "multiplexing", List.of("多路复用"),
            "io-models", List.of("多路复用", "信号驱动", "异步"),
            "multiprogramming", List.of("多道技术", "空间上的复用", "时间上的复用"),
            "scheduling", List.of("先来先服务", "短作业优先", "时间片轮转", "多级反馈队列"),
            "gc", List.of("引用计数", "标记清除", "分代回收"),
            "locks", List.of("互斥锁", "递归锁", "死锁"));

    record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theTopicsTheIssueNamesAreAllThere() {
        assertEquals(
                List.of(
                        "concurrency",
                        "sync-async",
                        "units",
                        "cpu-vs-io",
                        "gil",
                        "gc",
                        "locks",
                        "memory-model",
                        "producer-consumer",
                        "io-models",
                        "multiplexing",
                        "server-designs",
                        "multiprogramming",
                        "scheduling",
                        "process-states",
                        "zombie-orphan-daemon",
                        "futures",
                        "structured"),
                List.copyOf(Topics.ALL.keySet()));
    }

    @Test
    void everyTopicExistsInBothLanguagesAndFitsTheWidth() {
        List<String> problems = new ArrayList<>();
        for (String topic : Topics.ALL.keySet()) {
            for (Lang lang : Lang.values()) {
                Run r = run("explain", topic, "--lang", lang.toString());
                if (r.code() != 0) {
                    problems.add(topic + " " + lang + ": exit " + r.code() + " " + r.err());
                    continue;
                }
                String title = ExplainCommand.title(topic, lang);
                if (!r.out().startsWith(title + "\n")) {
                    problems.add(topic + " " + lang + ": does not start with its title");
                }
                boolean chinese = r.out().codePoints().anyMatch(cp -> cp >= 0x4E00 && cp <= 0x9FFF);
                if (chinese != (lang == Lang.ZH) && !topic.equals("x")) {
                    // English may quote no Chinese; Chinese must be Chinese
                    if (lang == Lang.ZH) {
                        problems.add(topic + " zh: no Chinese in it");
                    }
                }
                r.out()
                        .lines()
                        .filter(l -> Width.of(l) > Width.COLUMNS)
                        .forEach(l -> problems.add(topic + " " + lang + ": wider than 100: " + l));
                String heading = ExplainCommand.ui(lang).format("scenarios.heading");
                int at = r.out().indexOf(heading);
                if (at < 0) {
                    problems.add(topic + " " + lang + ": no '" + heading + "'");
                    continue;
                }
                for (String command : Topics.ALL.get(topic).commands()) {
                    if (!r.out().substring(at).contains("concdemo " + command)) {
                        problems.add(topic + " " + lang + ": does not end with 'concdemo " + command + "'");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theChineseUsesTheSeedsTerms() {
        SEED_TERMS.forEach((topic, terms) -> {
            String text = ExplainCommand.text(topic, Lang.ZH);
            terms.forEach(term -> assertTrue(text.contains(term), topic + " (zh) says " + term));
        });
    }

    @Test
    void everyCommandATopicNamesIsARealScenarioAndParses() {
        for (Topics.Topic topic : Topics.ALL.values()) {
            for (String command : topic.commands()) {
                String[] args = command.split(" ");
                assertTrue(Registry.SCENARIOS.containsKey(args[0]), topic.name() + " names " + args[0]);
                StringWriter sink = new StringWriter();
                // parsing alone: a bad option or value would throw
                Main.commandLine(new PrintWriter(sink), new PrintWriter(sink), args)
                        .parseArgs(args);
            }
        }
    }

    @Test
    void aloneItListsTheTopicsInEitherLanguage() {
        Run en = run("explain", "--lang", "en");
        Run zh = run("explain", "--lang", "zh");
        assertEquals(0, en.code());
        for (String topic : Topics.ALL.keySet()) {
            assertTrue(en.out().contains("  " + topic + " "), topic);
            assertTrue(en.out().contains(ExplainCommand.title(topic, Lang.EN)), topic);
            assertTrue(zh.out().contains(ExplainCommand.title(topic, Lang.ZH)), topic);
        }
    }

    @Test
    void anUnknownTopicIsAUsageErrorWithCloseMatches() {
        Run r = run("explain", "gill");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("concdemo explain: unknown topic 'gill' (did you mean 'gil'?)"), r.err());
        Run typo = run("explain", "dedlock");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("unknown topic 'dedlock' (did you mean 'locks'?)"), typo.err());
        Run far = run("explain", "quantum");
        assertEquals(2, far.code());
        assertTrue(far.err().contains("unknown topic 'quantum'; 'concdemo explain' lists them"), far.err());
    }

    @Test
    void aScenariosNameOrATermFindsItsTopic() {
        assertEquals(run("explain", "locks").out(), run("explain", "deadlock").out());
        assertEquals(
                run("explain", "multiplexing").out(), run("explain", "EPOLL").out());
        Topics.ALIASES.forEach((alias, topic) -> {
            assertTrue(Topics.ALL.containsKey(topic), alias + " -> " + topic);
            assertTrue(!Topics.ALL.containsKey(alias), alias + " is a topic's own name");
        });
    }

    @Test
    void everyScenariosNameFindsATopicThatRunsItOrNamesIt() {
        List<String> problems = new ArrayList<>();
        for (String scenario : Registry.SCENARIOS.keySet()) {
            String topic = Topics.resolve(scenario);
            if (topic == null) {
                problems.add(scenario + ": no topic");
            } else if (Topics.ALL.get(topic).commands().stream().noneMatch(c -> c.split(" ")[0].equals(scenario))) {
                problems.add(scenario + " -> " + topic + ", which does not run it");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(0, run("explain", "pool").code());
        assertTrue(run("explain", "pool").out().startsWith(ExplainCommand.title("cpu-vs-io", Lang.EN)));
    }

    /** The notes' own words, as a learner of them would type one, and the topic each must find. */
    private static final Map<String, String> NOTES_TERMS = Map.ofEntries(
            Map.entry("死锁", "locks"),
            Map.entry("递归锁", "locks"),
            Map.entry("互斥锁", "locks"),
            Map.entry("信号量", "locks"),
            Map.entry("协程", "units"),
            Map.entry("gevent", "units"),
            Map.entry("greenlet", "units"),
            Map.entry("yield", "units"),
            Map.entry("进程", "units"),
            Map.entry("线程", "units"),
            Map.entry("守护进程", "zombie-orphan-daemon"),
            Map.entry("僵尸进程", "zombie-orphan-daemon"),
            Map.entry("孤儿进程", "zombie-orphan-daemon"),
            Map.entry("GIL", "gil"),
            Map.entry("全局解释器锁", "gil"),
            Map.entry("进程池", "cpu-vs-io"),
            Map.entry("线程池", "cpu-vs-io"),
            Map.entry("计算密集型", "cpu-vs-io"),
            Map.entry("IO密集型", "cpu-vs-io"),
            Map.entry("队列", "producer-consumer"),
            Map.entry("生产者消费者模型", "producer-consumer"),
            Map.entry("进程间通信", "producer-consumer"),
            Map.entry("asyncio", "sync-async"),
            Map.entry("同步", "sync-async"),
            Map.entry("异步", "sync-async"),
            Map.entry("阻塞", "sync-async"),
            Map.entry("非阻塞", "sync-async"),
            Map.entry("并发", "concurrency"),
            Map.entry("并行", "concurrency"),
            Map.entry("垃圾回收", "gc"),
            Map.entry("引用计数", "gc"),
            Map.entry("标记清除", "gc"),
            Map.entry("分代回收", "gc"),
            Map.entry("多路复用", "multiplexing"),
            Map.entry("epoll", "multiplexing"),
            Map.entry("selectors", "multiplexing"),
            Map.entry("信号驱动", "io-models"),
            Map.entry("io models", "io-models"),
            Map.entry("多道技术", "multiprogramming"),
            Map.entry("先来先服务", "scheduling"),
            Map.entry("短作业优先", "scheduling"),
            Map.entry("时间片轮转", "scheduling"),
            Map.entry("多级反馈队列", "scheduling"),
            Map.entry("Round Robin", "scheduling"),
            Map.entry("就绪", "process-states"),
            Map.entry("c10k", "server-designs"));

    @Test
    void theNotesTermsInEitherLanguageFindTheirTopic() {
        List<String> problems = new ArrayList<>();
        NOTES_TERMS.forEach((term, topic) -> {
            if (!topic.equals(Topics.resolve(term))) {
                problems.add(term + " -> " + Topics.resolve(term) + ", not " + topic);
            }
        });
        Topics.TERMS.forEach((topic, terms) -> terms.forEach(term -> {
            if (!topic.equals(Topics.resolve(term))) {
                problems.add(term + " -> " + Topics.resolve(term) + ", not " + topic);
            }
        }));
        assertEquals(List.of(), problems);
        Run chinese = run("explain", "死锁");
        assertEquals(0, chinese.code(), chinese.err());
        assertEquals(run("explain", "locks").out(), chinese.out());
    }

    @Test
    void theNotesErrorsAreCorrectedWhereTheLearnerMeetsThem() {
        String gc = ExplainCommand.text("gc", Lang.EN);
        assertTrue(gc.contains("(700, 10, 10)"), "CPython collects by allocation thresholds");
        assertTrue(gc.contains("Mark and sweep never looks at counts"), gc);
        assertTrue(gc.contains("No clock is involved"), gc);
        assertTrue(ExplainCommand.text("gc", Lang.ZH).contains("(700, 10, 10)"));
        assertTrue(ExplainCommand.text("multiplexing", Lang.EN).contains("not: epoll_wait copies the ready events"));
        assertTrue(ExplainCommand.text("multiplexing", Lang.ZH).contains("epoll_wait 把就绪事件复制到"));
    }

    @Test
    void theLanguageComesFromTheEnvironmentUnlessGiven() {
        StringWriter out = new StringWriter();
        Session session = new Session(
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true),
                InputStream.nullInputStream(),
                false,
                false,
                Map.of("LANG", "zh_CN.UTF-8"));
        assertEquals(0, Main.run(session, "explain", "gil"));
        assertTrue(out.toString().startsWith(ExplainCommand.title("gil", Lang.ZH)), out.toString());
    }

    @Test
    void theGcFigureIsMeasuredNotWritten() {
        GcFigure.Result r = GcFigure.measure();
        assertTrue(r.cycleCollected(), "a cycle unreachable from the roots is collected by a tracing collector");
        assertTrue(r.youngCollections() >= 1, "short-lived garbage makes young collections: " + r);
        assertTrue(
                r.collectors().stream().anyMatch(GcFigure::isYoung),
                r.collectors().toString());
        Run run = run("explain", "gc", "--lang", "en");
        assertTrue(run.out().contains("Measured just now, in this JVM"), run.out());
        assertTrue(run.out().contains("were collected by System.gc() call"), run.out());
    }

    @Test
    void aScenariosDescriptionWrapsUnderItsOwnColumnNotTheMargin() {
        List<String> problems = new ArrayList<>();
        for (String topic : Topics.ALL.keySet()) {
            for (Lang lang : Lang.values()) {
                for (int columns : new int[] {100, 72}) {
                    StringWriter out = new StringWriter();
                    ExplainCommand.print(new PrintWriter(out, true), topic, lang, columns);
                    String text = out.toString().stripTrailing();
                    List<String> block =
                            text.substring(text.lastIndexOf("\n\n") + 2).lines().toList();
                    for (String line : block.subList(1, block.size())) { // under the heading
                        boolean command = line.startsWith("  concdemo ");
                        boolean underTheDescription = line.startsWith(" ".repeat(ExplainCommand.DESCRIPTION_COLUMN))
                                && !Character.isWhitespace(line.charAt(ExplainCommand.DESCRIPTION_COLUMN));
                        if (!command && !underTheDescription) {
                            problems.add(topic + " (" + lang + ", " + columns + " columns): '" + line + "'");
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
