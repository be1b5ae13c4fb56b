package dev.concdemo.app;

import dev.concdemo.support.cli.Session;
import dev.concdemo.support.term.Width;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every command's {@code --help}, rendered once at build time ({@link #main}, in Maven's
 * process-classes phase) into the jar, plain and coloured, as the catalogue is. A start that
 * asks only for a help page ({@code concdemo deadlock --help}) prints it from there, without
 * building picocli's model: that model reads the command's annotations, and the JVM makes a
 * proxy class for each annotation type at run time (no AOT cache holds them), which made
 * {@code --help} cost ~90 ms more than {@code list} (docs/benchmarks.md). picocli renders the
 * page either way: HelpPagesTest keeps the build's copy equal to what it renders now.
 */
final class HelpPages {
    private HelpPages() {}

    /** Where the pages are, on the class path: {@code /concdemo-help/deadlock.txt}, {@code deadlock.ansi.txt}. */
    static final String DIR = "/concdemo-help/";

    /** The root command's own page, {@code concdemo --help}. */
    static final String ROOT = "concdemo";

    static String resource(String command, boolean colour) {
        return DIR.concat(command).concat(colour ? ".ansi.txt" : ".txt"); // see isName
    }

    /**
     * The command whose help page these arguments ask for, and nothing else: {@code NAME
     * --help}, {@code NAME -h}, or {@code --help} / {@code -h} alone ({@link #ROOT}); null for
     * any other command line, which picocli parses as usual.
     */
    static String asked(String... args) {
        if (args.length == 1 && isHelp(args[0])) {
            return ROOT;
        }
        if (args.length == 2 && isHelp(args[1]) && isName(args[0])) {
            return args[0];
        }
        return null;
    }

    /**
     * Prints the build's page for {@code command}; false, printing nothing, when there is none
     * (an unknown name, or a build without pages) or the terminal is narrower than the pages'
     * 100 columns: picocli then answers, laid out for {@code columns}.
     */
    static boolean print(PrintWriter out, String command, boolean colour, int columns) {
        if (columns < Width.COLUMNS) {
            return false;
        }
        try (InputStream in = HelpPages.class.getResourceAsStream(resource(command, colour))) {
            if (in == null) {
                return false;
            }
            out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** The page as picocli renders it now, for a terminal ({@code colour}) or not. */
    static String render(String command, boolean colour) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        Session session = new Session(out, out, InputStream.nullInputStream(), colour, false, Map.of());
        Main.run(session, helpArgs(command));
        out.flush();
        return text.toString();
    }

    static String[] helpArgs(String command) {
        return command.equals(ROOT) ? new String[] {"--help"} : new String[] {command, "--help"};
    }

    /** Every command with a page: concdemo itself, then each subcommand. */
    static List<String> commands() {
        List<String> all = new ArrayList<>();
        all.add(ROOT);
        all.addAll(Registry.names());
        return all;
    }

    /** Build step: renders every page, both ways, into the class-path directory named by the only argument. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        for (String command : commands()) {
            for (boolean colour : new boolean[] {false, true}) {
                Path file = classes.resolve(resource(command, colour).substring(1));
                Files.createDirectories(file.getParent());
                Files.writeString(file, render(command, colour), StandardCharsets.UTF_8);
            }
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    // A loop and String.concat, not a stream and +: on this path each lambda and each string
    // concatenation is a class made at run time, costing start-up.
    private static boolean isName(String arg) {
        if (arg.isEmpty()) {
            return false;
        }
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
