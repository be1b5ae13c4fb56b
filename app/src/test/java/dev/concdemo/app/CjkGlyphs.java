package dev.concdemo.app;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Whether a page's Chinese is drawn as real glyphs. Two different CJK characters taken from
 * the page's own text are drawn on a canvas in the page's font; without a font that has
 * them, the browser draws both as the same missing-glyph box ("tofu"), the box it draws for
 * a code point no font has (U+10FFFD). So: each must leave ink, the two must differ from
 * each other, and each must differ from that box.
 */
final class CjkGlyphs {
    /** The Debian package .ci/run installs when no font covers Chinese (fc-list :lang=zh). */
    static final String FONT_PACKAGE = "fonts-wqy-microhei";

    private static final String DRAW = """
        const font = getComputedStyle(document.body).fontFamily;
        const cjk = [...new Set(document.body.innerText.match(/[\\u4e00-\\u9fff]/g) || [])];
        function draw(ch) {
          const c = document.createElement('canvas');
          c.width = 64; c.height = 64;
          const g = c.getContext('2d');
          g.fillStyle = '#fff'; g.fillRect(0, 0, 64, 64);
          g.fillStyle = '#000'; g.font = '48px ' + font; g.textBaseline = 'top';
          g.fillText(ch, 4, 4);
          const d = g.getImageData(0, 0, 64, 64).data;
          let bits = '', ink = 0;
          for (let i = 0; i < d.length; i += 4) {
            const dark = d[i] < 128;
            bits += dark ? '1' : '0';
            if (dark) ink++;
          }
          return {ch: ch, bits: bits, ink: ink};
        }
        if (cjk.length < 2) return [];
        return [draw(cjk[0]), draw(cjk[1]), draw('\\u{10FFFD}')];
        """;

    private CjkGlyphs() {}

    /** Fails, naming the font package, unless the page's Chinese shows as real glyphs. */
    @SuppressWarnings("unchecked")
    static void assertReal(JavascriptExecutor page) {
        List<Map<String, Object>> drawn = (List<Map<String, Object>>) page.executeScript(DRAW);
        if (drawn.size() < 3) {
            throw new AssertionError("the page shows fewer than two different CJK characters");
        }
        Map<String, Object> first = drawn.get(0);
        Map<String, Object> second = drawn.get(1);
        Map<String, Object> tofu = drawn.get(2);
        String what = first.get("ch") + " and " + second.get("ch");
        boolean real = ((Number) first.get("ink")).intValue() > 0
                && ((Number) second.get("ink")).intValue() > 0
                && !first.get("bits").equals(second.get("bits"))
                && !first.get("bits").equals(tofu.get("bits"))
                && !second.get("bits").equals(tofu.get("bits"));
        if (!real) {
            throw new AssertionError(what + " are drawn as missing-glyph boxes: no font for Chinese; install the"
                    + " Debian package " + FONT_PACKAGE + " (fc-list :lang=zh lists none)");
        }
    }
}
