package dev.concdemo.demos.sync;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Chinese texts of the thread, process and states scenarios keep the rules for Chinese: the
 * notes are 笔记 (种子 reads as a random seed), no space between two Chinese characters, no
 * opening bracket left alone at the end of a line.
 */
class ChineseBundlesTest {
    private static final Pattern HAN_SPACE_HAN = Pattern.compile("\\p{IsHan} +\\p{IsHan}");
    private static final Pattern BRACKET_AT_END = Pattern.compile("[（(]\\s*(\\\\n)?\\\\?$");

    private static List<Path> bundles() throws IOException, URISyntaxException {
        List<Path> all = new ArrayList<>();
        // Found beside one known bundle each: the test classes' own directories hold no bundles.
        for (String known : List.of("sync/threads", "proc/tickets", "os/states")) {
            Path root = Path.of(ChineseBundlesTest.class
                            .getResource("/dev/concdemo/demos/" + known + "/Messages_zh.properties")
                            .toURI())
                    .getParent();
            root = known.equals("os/states") ? root : root.getParent();
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.getFileName().toString().equals("Messages_zh.properties"))
                        .forEach(all::add);
            }
        }
        return all;
    }

    @Test
    void theNotesAreCalled笔记AndNoStraySpaceOrLoneBracketIsLeft() throws Exception {
        List<Path> bundles = bundles();
        assertTrue(bundles.size() >= 15, "the bundles are found: " + bundles);
        List<String> faults = new ArrayList<>();
        for (Path bundle : bundles) {
            List<String> lines = Files.readAllLines(bundle, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String where = bundle.getParent().getFileName() + ":" + (i + 1) + ": " + line;
                if (line.contains("种子")) {
                    faults.add("种子 for the notes: " + where);
                }
                if (!line.startsWith("#") && HAN_SPACE_HAN.matcher(line).find()) {
                    faults.add("a space inside Chinese: " + where);
                }
                if (!line.startsWith("#") && BRACKET_AT_END.matcher(line).find()) {
                    faults.add("a bracket alone at a line end: " + where);
                }
            }
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }
}
