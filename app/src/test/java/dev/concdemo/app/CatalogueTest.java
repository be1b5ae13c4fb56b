package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concdemo.support.term.Width;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Catalogue.render().lines().forEach(line -> assertTrue(Width.of(line) <= Width.COLUMNS, line));
    }
}
