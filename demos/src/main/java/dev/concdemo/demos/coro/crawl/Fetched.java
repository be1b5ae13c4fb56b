package dev.concdemo.demos.coro.crawl;

/**
 * What the seed's {@code get_response} returns for one page: {@code {url, status_code,
 * content_length}}, and when it arrived.
 */
record Fetched(String url, int statusCode, int contentLength, long doneAtMs) {
    /** As the seed prints it, the url shortened to its path (the host is always our loopback server). */
    @Override
    public String toString() {
        return "{'url': '%s', 'status_code': %d, 'content_length': %d}"
                .formatted(java.net.URI.create(url).getPath(), statusCode, contentLength);
    }
}
