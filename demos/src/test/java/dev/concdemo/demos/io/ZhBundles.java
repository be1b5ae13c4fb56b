package dev.concdemo.demos.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The house rules for Chinese bundles, applied to one chapter's bundles: the notes are 笔记,
 * never 种子 or "seed"; Chinese units after numbers; no space between two Chinese characters;
 * no bracket left open at a line end. What each breach is, one line a breach.
 */
public final class ZhBundles {
    private static final List<Pattern> WRONG = List.of(
            Pattern.compile("种子"),
            Pattern.compile("(?i)\\bseeds?\\b(?! N)"), // the notes; --seed N, the option, may be named
            Pattern.compile("(%[\\d$.,+]*[dsf]|\\d) (s|ms|µs|ns)\\b"), // a Latin unit after a number
            Pattern.compile("\\p{IsHan} +\\p{IsHan}"),
            Pattern.compile("\\p{IsHan} +[“”]|[“”] +\\p{IsHan}"),
            Pattern.compile("[（(“]\\s*\\n"));

    private ZhBundles() {}

    /** The breaches in every {@code Messages_zh.properties} under {@code area}; how many bundles were read first. */
    public static List<String> problems(String area, int[] bundles) throws IOException {
        Path root = Path.of("src/main/resources/dev/concdemo/demos", area);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(f -> f.toString().endsWith("_zh.properties")).toList();
        }
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            bundles[0]++;
            Properties zh = load(file);
            for (String key : zh.stringPropertyNames()) {
                for (Pattern wrong : WRONG) {
                    if (wrong.matcher(zh.getProperty(key)).find()) {
                        problems.add(file + " " + key + " (" + wrong + "): " + zh.getProperty(key));
                    }
                }
            }
        }
        return problems;
    }

    public static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
