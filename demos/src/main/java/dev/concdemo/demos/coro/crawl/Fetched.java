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

    /** As the seed prints it; on our loopback server the url shortened to its path (the site's name). */
    @Override
    public String toString() {
        URI uri = URI.create(url);
        String shown = "127.0.0.1".equals(uri.getHost()) && uri.getPath().startsWith("/www.") ? uri.getPath() : url;
        return error != null
                ? "{'url': '%s', 'error': '%s'}".formatted(shown, error)
                : "{'url': '%s', 'status_code': %d, 'content_length': %d}".formatted(shown, statusCode, contentLength);
    }
}
