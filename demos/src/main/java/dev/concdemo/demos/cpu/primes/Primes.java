package dev.concdemo.demos.cpu.primes;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The seed's workload (000, example06): thirteen large numbers and a trial-division prime test. */
final class Primes {
    private Primes() {}

    /** The seed's PRIMES list, before its "* 5". */
    static final List<Long> SEED = List.of(
            1116281L,
            1297337L,
            104395303L,
            472882027L,
            533000389L,
            817504243L,
            982451653L,
            112272535095293L,
            112582705942171L,
            112272535095293L,
            115280095190773L,
            115797848077099L,
            1099726899285419L);

    /** The seed's own repeat: {@code PRIMES = [...] * 5}. */
    static final int SEED_REPEAT = 5;

    /** {@code numbers * repeat}, as Python repeats a list. */
    static List<Long> repeated(List<Long> numbers, int repeat) {
        List<Long> all = new ArrayList<>(numbers.size() * repeat);
        for (int i = 0; i < repeat; i++) {
            all.addAll(numbers);
        }
        return Collections.unmodifiableList(all);
    }

    /** A bad line of a --numbers file: which line and why. */
    static final class BadNumbersFile extends Exception {
        private static final long serialVersionUID = 1L;

        BadNumbersFile(String message) {
            super(message);
        }
    }

    /** Reads one positive number per line; blank lines and {@code #} comments are skipped. */
    static List<Long> read(Path file) throws BadNumbersFile {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new BadNumbersFile("cannot read " + file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new BadNumbersFile("cannot read " + file + ": permission denied");
        } catch (MalformedInputException e) {
            throw new BadNumbersFile("cannot read " + file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new BadNumbersFile("cannot read " + file + ": "
                    + (Files.isDirectory(file) ? "a directory" : String.valueOf(e.getMessage())));
        } catch (RuntimeException e) { // MalformedInputException is an IOException; this is for the rest
            throw new BadNumbersFile("cannot read " + file + ": " + e);
        }
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                long n = Long.parseLong(line.replace("_", ""));
                if (n <= 0) {
                    throw new NumberFormatException();
                }
                numbers.add(n);
            } catch (NumberFormatException e) {
                String shown = line.length() > 40 ? line.substring(0, 40) + "…" : line;
                throw new BadNumbersFile("%s, line %d: '%s' is not a positive whole number (1 to %d)"
                        .formatted(file, i + 1, shown, Long.MAX_VALUE));
            }
        }
        if (numbers.isEmpty()) {
            throw new BadNumbersFile(file + " has no numbers");
        }
        return numbers;
    }
}
