package dev.concdemo.demos.coro.crawl;

/** The five ways the pages are fetched, each timed. */
enum Way {
    /** One after another, on the command's thread. */
    SEQUENTIAL("one after another"),
    /** A platform thread a page. */
    PLATFORM_THREADS("a platform thread a page"),
    /** A virtual thread a page: gevent's spawn, patched. */
    VIRTUAL_THREADS("a virtual thread a page (gevent)"),
    /** HttpClient.sendAsync after a delayed executor: futures and callbacks, no thread waits. */
    SEND_ASYNC("HttpClient.sendAsync futures"),
    /** One thread, non-blocking sockets, a Selector and a callback per response: seed 002's select client. */
    SELECT("one thread, a selector, callbacks");

    private final String label;

    Way(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
