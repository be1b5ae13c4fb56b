package dev.concdemo.support.html;

import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;

/** What a figure with nothing to draw says instead, in the run's language. */
final class NoData {
    private NoData() {}

    static String text() {
        return Texts.lang() == Lang.ZH ? "没有数据" : "no data";
    }
}
