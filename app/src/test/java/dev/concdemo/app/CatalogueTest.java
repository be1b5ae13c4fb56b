package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class CatalogueTest {
    @Test
    void theBuildsRenderingIsTheCatalogueOfTheseClasses() throws IOException {
        try (InputStream in = Catalogue.class.getResourceAsStream(Catalogue.RENDERED)) {
            assertNotNull(in, Catalogue.RENDERED + " is rendered in process-classes, before the tests");
            assertEquals(Catalogue.render(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
