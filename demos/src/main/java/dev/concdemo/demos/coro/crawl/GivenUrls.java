package dev.concdemo.demos.coro.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The URLs given on the command line, checked: absolute http or https, with a host, at most {@link #MAX}. */
final class GivenUrls {
    /** At most this many URLs: a demonstration, not a crawler. */
    static final int MAX = 20;

    private GivenUrls() {}

    /** A URL list that cannot be used; its message is the usage error's one line. */
    static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** The URLs as URIs; {@link Refused} for too many or one that is not http(s) with a host. */
    static List<URI> check(List<String> urls) {
        if (urls.size() > MAX) {
            throw new Refused("at most %d URLs (got %d)".formatted(MAX, urls.size()));
        }
        List<URI> checked = new ArrayList<>();
        for (String url : urls) {
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw new Refused("not a URL: '%s' (%s)".formatted(url, e.getReason()));
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new Refused("not an http:// or https:// URL with a host: '%s'".formatted(url));
            }
            checked.add(uri);
        }
        return checked;
    }
}
