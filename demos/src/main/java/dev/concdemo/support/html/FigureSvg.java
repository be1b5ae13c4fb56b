package dev.concdemo.support.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A figure drawn as the page draws it ({@code figure/figure.jte}): a plot, bars or strips as
 * inline SVG, a grid as a table, coloured only through the classes of {@code figures.css}.
 * For tests, and for anyone who needs the markup as a string rather than inside a page.
 */
public final class FigureSvg {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private FigureSvg() {}

    /** The figure's markup: an {@code <svg>}, a {@code <table>}, or a short "no data" paragraph. */
    public static String html(Figure figure) {
        StringOutput out = new StringOutput();
        ENGINE.render("figure/figure.jte", Map.of("figure", figure), out);
        return out.toString();
    }

    /** The style sheet the figures' classes are in ({@code figures.css}), for the page to inline. */
    public static String css() {
        try (InputStream in = FigureSvg.class.getResourceAsStream("figures.css")) {
            if (in == null) {
                throw new IllegalStateException("figures.css is not beside " + FigureSvg.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
