package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Width;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class CatalogueTest {
    @Test
    void theReadmeShowsTheCatalogueAsConcdemoListPrintsIt() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8); // tests run in app/
        String opening = "```\n" + Catalogue.render().lines().findFirst().orElseThrow();
        int start = readme.indexOf(opening);
        assertTrue(start >= 0, "README.md has a catalogue block");
        int end = readme.indexOf("```\n", start + 4);
        assertEquals(
                Catalogue.render(),
                readme.substring(start + 4, end),
                "README's catalogue = `concdemo list` (update README.md)");
    }

    @Test
    void theBuildsRenderingIsTheCatalogueOfTheseClasses() throws IOException {
        try (InputStream in = Catalogue.class.getResourceAsStream(Catalogue.RENDERED)) {
            assertNotNull(in, Catalogue.RENDERED + " is rendered in process-classes, before the tests");
            assertEquals(Catalogue.render(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyLineFitsOneHundredColumnsCountingCjkAsTwo() {
        for (Lang lang : Lang.values()) {
            Catalogue.render(lang).lines().forEach(line -> assertTrue(Width.of(line) <= Width.COLUMNS, line));
        }
    }

    @Test
    void theBuildRendersTheChineseCatalogueToo() throws IOException {
        try (InputStream in = Catalogue.class.getResourceAsStream(Catalogue.rendered(Lang.ZH))) {
            assertNotNull(in, Catalogue.rendered(Lang.ZH));
            assertEquals(Catalogue.render(Lang.ZH), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void allEightChaptersAreListedInOrderWithADescriptionInBothLanguages() {
        for (Lang lang : Lang.values()) {
            String catalogue = Catalogue.render(lang);
            int last = -1;
            for (Chapter chapter : Chapter.values()) {
                String heading = Catalogue.chapterLine(chapter, lang);
                assertTrue(heading.startsWith(chapter.number() + ". "), heading);
                int at = catalogue.indexOf("\n" + heading + "\n");
                assertTrue(at > last, lang + ": chapter " + chapter.number() + " in order: " + heading);
                last = at;
            }
        }
    }

    @Test
    void everyCommandHasItsLineInChinese() {
        for (String name : Registry.names()) {
            String zh = Catalogue.summary(name, Lang.ZH);
            assertTrue(zh.codePoints().anyMatch(cp -> cp >= 0x4E00 && cp <= 0x9FFF), name + ": " + zh);
            assertTrue(Catalogue.render(Lang.ZH).contains(zh), name);
        }
    }

    @Test
    void listTakesTheLanguageAndTheEnvironmentGivesTheDefault() {
        StringWriter out = new StringWriter();
        assertEquals(
                0, Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter()), "list", "--lang", "zh"));
        assertEquals(Catalogue.render(Lang.ZH), out.toString());
        StringWriter env = new StringWriter();
        Session session = new Session(
                new PrintWriter(env, true),
                new PrintWriter(new StringWriter()),
                InputStream.nullInputStream(),
                false,
                false,
                Map.of("LC_ALL", "zh_CN.UTF-8"));
        assertEquals(0, Main.run(session));
        assertEquals(Catalogue.render(Lang.ZH), env.toString());
    }
}
