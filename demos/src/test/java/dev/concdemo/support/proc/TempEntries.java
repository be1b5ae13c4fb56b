package dev.concdemo.support.proc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a test compares before and after a run to see that it left no temporary file behind: the entries of the
 * temporary directory whose names begin with a prefix. Only entries that appeared since the snapshot count; one an
 * earlier run left (a SIGKILL can't be cleaned up after) is not this run's.
 */
public final class TempEntries {
    private final String prefix;
    private final Set<Path> before;

    private TempEntries(String prefix) {
        this.prefix = prefix;
        this.before = Set.copyOf(list(prefix));
    }

    /** A snapshot of the entries named {@code prefix}… now. */
    public static TempEntries now(String prefix) {
        return new TempEntries(prefix);
    }

    /** The entries named {@code prefix}… that are there now and were not at the snapshot, sorted. */
    public List<Path> added() {
        return list(prefix).stream().filter(p -> !before.contains(p)).sorted().toList();
    }

    private static List<Path> list(String prefix) {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
