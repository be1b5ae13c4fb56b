package dev.concdemo.app;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * "Did you mean" only for close matches: a name that starts with what was typed, or one at
 * most a third of its letters away (a typo, a swapped pair, a missing letter). {@code serv}
 * suggests serve, {@code dedlock} deadlock, {@code foo} nothing.
 */
final class Suggestions {
    private Suggestions() {}

    static List<String> close(String typed, Collection<String> names) {
        String bare = typed.replaceFirst("^-+", "");
        if (bare.isEmpty()) {
            return List.of();
        }
        int allowed = Math.max(1, (bare.length() + 1) / 3);
        return names.stream()
                .filter(name -> {
                    String n = name.replaceFirst("^-+", "");
                    return (bare.length() >= 2 && n.startsWith(bare)) || distance(bare, n) <= allowed;
                })
                .sorted(Comparator.comparingInt((String name) -> distance(bare, name.replaceFirst("^-+", ""))))
                .limit(3)
                .toList();
    }

    /** Edits (insert, delete, replace, swap two neighbours) that turn {@code a} into {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
