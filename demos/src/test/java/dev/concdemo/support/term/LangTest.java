package dev.concdemo.support.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every scenario's closing prose exists in English and Chinese: each Messages.properties has a
 * Messages_zh.properties beside it with the same keys, and each text takes the same arguments
 * (the same conversion at each argument index, whatever order the Chinese puts them in); the
 * shared headings too. And --lang picks the bundle, never the JVM's own locale.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LangTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SCENARIOS = Path.of("src/main/java/dev/concdemo/demos");
    /** Tools whose summary is their figures alone, under a translated heading: no paragraph to prove anything. */
    private static final Set<String> FIGURES_ONLY = Set.of("serve", "client", "bench");

    private static final Pattern SPECIFIER = Pattern.compile("%(\\d+\\$)?([-#+ 0,(<]*)(\\d+)?(\\.\\d+)?([a-zA-Z%])");

    @Test
    void everyBundleHasAChineseTwinWithTheSameKeysAndArguments() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> bundles;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            bundles = files.filter(f -> f.getFileName().toString().equals("Messages.properties")
                            || f.getFileName().toString().equals("Headings.properties"))
                    .toList();
        }
        assertTrue(bundles.size() >= 34, "found " + bundles.size() + " bundles");
        for (Path english : bundles) {
            Path chinese =
                    english.resolveSibling(english.getFileName().toString().replace(".properties", "_zh.properties"));
            if (!Files.exists(chinese)) {
                problems.add(RESOURCES.relativize(chinese) + " is missing");
                continue;
            }
            Properties en = load(english);
            Properties zh = load(chinese);
            if (!en.keySet().equals(zh.keySet())) {
                problems.add(RESOURCES.relativize(chinese) + ": keys " + zh.keySet() + ", English has " + en.keySet());
                continue;
            }
            for (String key : en.stringPropertyNames()) {
                Map<Integer, Character> enArgs = arguments(en.getProperty(key));
                Map<Integer, Character> zhArgs = arguments(zh.getProperty(key));
                if (!enArgs.equals(zhArgs)) {
                    problems.add(RESOURCES.relativize(chinese) + " " + key + ": arguments " + zhArgs + ", English "
                            + enArgs);
                }
                // Chinese, unless it is the English as it stands (a heading that quotes only code)
                if (!hasCjk(zh.getProperty(key))
                        && !zh.getProperty(key).isBlank()
                        && !zh.getProperty(key).equals(en.getProperty(key))) {
                    problems.add(RESOURCES.relativize(chinese) + " " + key + " is not Chinese");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void chineseLinesBrokenByHandFitTheWidth() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path chinese :
                    files.filter(f -> f.toString().endsWith("_zh.properties")).toList()) {
                Properties zh = load(chinese);
                for (String key : zh.stringPropertyNames()) {
                    String text = zh.getProperty(key);
                    if (!text.contains("\n")) {
                        continue; // one paragraph, filled to the width where it is printed
                    }
                    for (String line : text.split("\n")) {
                        // an argument widens a line a little, as in TextsTest
                        if (Width.of(line) > Width.COLUMNS - 4) {
                            problems.add(
                                    RESOURCES.relativize(chinese) + " " + key + " (" + Width.of(line) + "): " + line);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyScenarioHasItsProseInBothLanguagesOrIsATool() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> chapters = Files.list(SCENARIOS)) {
            for (Path chapter : chapters.filter(Files::isDirectory).toList()) {
                try (Stream<Path> scenarios = Files.list(chapter)) {
                    for (Path scenario : scenarios.filter(Files::isDirectory).toList()) {
                        Path where = RESOURCES
                                .resolve("dev/concdemo/demos")
                                .resolve(SCENARIOS.relativize(scenario))
                                .resolve("Messages_zh.properties");
                        String name = scenario.getFileName().toString();
                        if (!Files.exists(where) && !FIGURES_ONLY.contains(name)) {
                            if (!name.equals("fib")) { // io/fib: the service's parts, not a scenario
                                missing.add(SCENARIOS.relativize(scenario).toString());
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "scenarios without Messages.properties and Messages_zh.properties");
    }

    /** texts.format("key" ...), t.format(cond ? "a" : "b" ...), Texts.of(X.class).format("key" ...). */
    private static final Pattern KEY_USE =
            Pattern.compile("(?:\\b(?:t|texts)|Texts\\.of\\(\\w+\\.class\\))\\s*\\.format\\(\\s*"
                    + "(?:\"([\\w.-]+)\"(?=\\s*[,)])|[^,()\"]+\\?\\s*\"([\\w.-]+)\"\\s*:\\s*\"([\\w.-]+)\")");

    private static final Pattern STEP_USE = Pattern.compile("\\bstep\\(\"(\\w+)\"");

    @Test
    void everyKeyTheCodeAsksForIsInBothBundlesOfItsPackage() throws IOException {
        List<String> problems = new ArrayList<>();
        int uses = 0;
        try (Stream<Path> files = Files.walk(SCENARIOS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Path bundleDir = RESOURCES.resolve(Path.of("src/main/java").relativize(file.getParent()));
                if (source.contains("private void step(String key")) { // step("3", ...) reads step.3
                    Matcher steps = STEP_USE.matcher(source);
                    while (steps.find()) {
                        uses++;
                        for (String name : List.of("Messages.properties", "Messages_zh.properties")) {
                            Path bundle = bundleDir.resolve(name);
                            if (!Files.exists(bundle) || load(bundle).getProperty("step." + steps.group(1)) == null) {
                                problems.add(file.getFileName() + " has step " + steps.group(1) + ", not in " + bundle);
                            }
                        }
                    }
                }
                Matcher m = KEY_USE.matcher(source);
                while (m.find()) {
                    for (int g = 1; g <= 3; g++) {
                        String key = m.group(g);
                        if (key == null) {
                            continue;
                        }
                        uses++;
                        for (String name : List.of("Messages.properties", "Messages_zh.properties")) {
                            Path bundle = bundleDir.resolve(name);
                            if (!Files.exists(bundle) || load(bundle).getProperty(key) == null) {
                                problems.add(file.getFileName() + " asks for '" + key + "', not in " + bundle);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(uses >= 100, uses + " uses found: the pattern still finds them");
        assertEquals(List.of(), problems);
    }

    @Test
    void theLanguageOfTheRunPicksTheBundleAndTheJvmsLocaleDoesNot() throws Exception {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            String english = Texts.bundle(
                            "dev.concdemo.support.term.Headings", getClass().getClassLoader(), Lang.EN)
                    .format("Summary");
            assertEquals("Summary", english, "--lang en on a Chinese desktop is English");
            assertEquals("Summary", Texts.heading("Summary"), "nothing bound: English");
            String bound = ScopedValue.where(Texts.LANG, Lang.ZH).call(() -> Texts.heading("Summary"));
            assertEquals("小结", bound);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void theEnvironmentChoosesTheDefaultLanguageAsPosixOrdersIt() {
        assertEquals(Lang.ZH, Lang.fromEnvironment(Map.of("LANG", "zh_CN.UTF-8")));
        assertEquals(Lang.EN, Lang.fromEnvironment(Map.of("LC_ALL", "en_US.UTF-8", "LANG", "zh_CN.UTF-8")));
        assertEquals(Lang.ZH, Lang.fromEnvironment(Map.of("LC_ALL", "zh_TW.UTF-8", "LANG", "C")));
        assertEquals(Lang.ZH, Lang.fromEnvironment(Map.of("LC_MESSAGES", "zh_CN", "LANG", "en_GB")));
        assertEquals(Lang.EN, Lang.fromEnvironment(Map.of()));
    }

    @Test
    void chineseIsWrappedBetweenCharactersAndNeverBeforeAComma() {
        String text = "这是一段很长的中文，用来检查换行：每个汉字占两列，所以一行最多放下二十个汉字，而逗号不能放在行首。";
        List<String> lines = Width.wrap(text, 40, "");
        assertTrue(lines.size() > 2, lines.toString());
        for (String line : lines) {
            assertTrue(Width.of(line) <= 40, line);
            assertTrue(!line.startsWith("，") && !line.startsWith("。") && !line.startsWith("："), line);
        }
        assertEquals(text, String.join("", lines));
        assertEquals("中文接着中文 and English joined", Width.join("中文接着\n中文 and\nEnglish joined"));
        assertEquals("会抛出 BlockingIOError，然后（Java）停下", Width.join("会抛出\nBlockingIOError，\n然后（\nJava）\n停下"));
        List<String> unit = Width.wrap("一个回答最多要等 1746 ms。然后", 24, "");
        assertTrue(unit.stream().noneMatch(l -> l.startsWith("ms")), "a number keeps its unit: " + unit);
    }

    @Test
    void anOperatorKeepsToItsOperands() {
        for (int columns = 12; columns <= 30; columns++) {
            List<String> lines = Width.wrap("so unsynchronized n += 1 lost updates", columns, "");
            assertTrue(lines.stream().anyMatch(l -> l.contains("n += 1")), columns + ": " + lines);
        }
    }

    private static Map<Integer, Character> arguments(String text) {
        Map<Integer, Character> args = new TreeMap<>();
        Matcher m = SPECIFIER.matcher(text);
        int next = 1;
        while (m.find()) {
            char conversion = m.group(5).charAt(0);
            if (conversion == '%' || conversion == 'n') {
                continue;
            }
            int index =
                    m.group(1) == null ? next++ : Integer.parseInt(m.group(1).replace("$", ""));
            args.put(index, conversion);
        }
        return args;
    }

    private static boolean hasCjk(String text) { // ideographs, or Chinese punctuation (a list's "；")
        return text.codePoints()
                .anyMatch(cp -> (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3000 && cp <= 0x303F) || cp >= 0xFF01);
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
