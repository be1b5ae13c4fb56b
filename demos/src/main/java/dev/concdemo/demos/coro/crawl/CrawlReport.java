package dev.concdemo.demos.coro.crawl;

import java.util.List;

/**
 * What {@code concdemo crawl} measured; printed as JSON with --json.
 *
 * @param waitMs the seed's time.sleep(1) before each request, scaled
 * @param pages what each page returned (the last way's run)
 * @param ways each way's total time, and the pages it got
 * @param slowestMs the slowest page on its own: the wait plus its server delay
 * @param sumMs all pages one after another: what the sequential way should take
 * @param fetchHeaders seed 000's fetch: each host's response headers
 * @param fetchMs how long the fetch of all its hosts took, at once
 */
record CrawlReport(
        long waitMs,
        List<Fetched> pages,
        List<WayResult> ways,
        long slowestMs,
        long sumMs,
        List<Headers> fetchHeaders,
        long fetchMs) {
    /** One way: its name, its total time, how many pages came back with status 200. */
    record WayResult(String way, long totalMs, int ok) {}

    /** One host's response headers, as seed 000's fetch prints them. */
    record Headers(String host, List<String> lines) {}
}
