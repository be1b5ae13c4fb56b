package dev.concdemo.support.html;

import java.util.Locale;

/**
 * What a span of the timeline shows a thread doing, told by the words the scenarios name their
 * spans with ("wait for lock A", "hold a permit", "sleep 2 s", "handle 17"): the timeline
 * colours each kind and its legend names it.
 */
enum SpanKind {
    WAIT("k-wait"),
    HOLD("k-hold"),
    SLEEP("k-sleep"),
    IO("k-io"),
    SERVE("k-serve"),
    WORK("k-work");

    final String css;

    SpanKind(String css) {
        this.css = css;
    }

    static SpanKind of(String spanName) {
        String n = spanName.toLowerCase(Locale.ROOT);
        if (n.startsWith("wait") || n.startsWith("try lock") || n.startsWith("take") || n.startsWith("get ")) {
            return WAIT;
        }
        if (n.startsWith("hold")) {
            return HOLD;
        }
        if (n.startsWith("sleep") || n.startsWith("back off")) {
            return SLEEP;
        }
        if (n.startsWith("read")
                || n.startsWith("recv")
                || n.startsWith("accept")
                || n.startsWith("select")
                || n.startsWith("poll")
                || n.startsWith("epoll")
                || n.startsWith("connect")
                || n.startsWith("io ")) {
            return IO;
        }
        if (n.startsWith("handle") || n.startsWith("serve") || n.startsWith("request")) {
            return SERVE;
        }
        return WORK;
    }
}
