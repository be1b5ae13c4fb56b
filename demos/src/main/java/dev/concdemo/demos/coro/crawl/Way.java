package dev.concdemo.demos.coro.crawl;

import dev.concdemo.support.term.Texts;

/** The five ways the pages are fetched, each timed. */
enum Way {
    /** One after another, on the command's thread. */
    SEQUENTIAL,
    /** A platform thread a page. */
    PLATFORM_THREADS,
    /** A virtual thread a page: gevent's spawn, patched. */
    VIRTUAL_THREADS,
    /** HttpClient.sendAsync after a delayed executor: futures and callbacks, no thread waits. */
    SEND_ASYNC,
    /** One thread, non-blocking sockets, a Selector and a callback per response: seed 002's select client. */
    SELECT;

    /** "a platform thread a page": how it is named in the run's language (way.NAME in Messages). */
    String label() {
        return Texts.of(Way.class).format("way." + name());
    }
}
