package dev.concdemo.demos.coro.crawl;

import java.net.URI;

/**
 * What the seed's {@code get_response} returns for one page: {@code {url, status_code,
 * content_length}}, and when it arrived. A page that could not be fetched has status -1 and
 * says why.
 */
record Fetched(String url, int statusCode, int contentLength, long doneAtMs, String error) {
    Fetched(String url, int statusCode, int contentLength, long doneAtMs) {
        this(url, statusCode, contentLength, doneAtMs, null);
    }

    static Fetched failed(URI uri, Throwable why, long doneAtMs) {
        Throwable cause = why instanceof java.util.concurrent.CompletionException && why.getCause() != null
                ? why.getCause()
                : why;
        return new Fetched(uri.toString(), -1, 0, doneAtMs, cause.toString());
    }

    /**
     * The url as the notes' run prints it: on our loopback server the site the page stands
     * for ({@code http://127.0.0.1:PORT/www.qq.com} shows as {@code http://www.qq.com/}); any
     * other url as it is.
     */
    String shownUrl() {
        URI uri = URI.create(url);
        return "127.0.0.1".equals(uri.getHost()) && uri.getPath().startsWith("/www.")
                ? "http://" + uri.getPath().substring(1) + "/"
                : url;
    }

    /** As the notes' run prints it: {@code {'url': ..., 'status_code': ..., 'content_length': ...}}. */
    @Override
    public String toString() {
        return error != null
                ? "{'url': '%s', 'error': '%s'}".formatted(shownUrl(), error)
                : "{'url': '%s', 'status_code': %d, 'content_length': %d}"
                        .formatted(shownUrl(), statusCode, contentLength);
    }
}
