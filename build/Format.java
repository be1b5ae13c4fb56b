import com.palantir.javaformat.java.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The formatter gate: palantir-java-format over every Java source of the project (src/ of
 * each module; generated and third-party sources are not ours). Run on JDK 25, since the
 * formatter parses with the running JDK's javac and Java 25 syntax needs a JDK 25.
 *
 * <p>{@code check ROOT}: lists the files that are not formatted and exits 1 (mvn verify).
 * {@code fix ROOT}: formats them in place (build/format).
 */
public class Format {
    public static void main(String[] args) throws Exception {
        boolean fix = args[0].equals("fix");
        Path root = Path.of(args[1]);
        List<String> files = new ArrayList<>();
        for (String module : List.of("demos", "app")) {
            try (Stream<Path> walk = Files.walk(root.resolve(module).resolve("src"))) {
                walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().forEach(files::add);
            }
        }
        List<String> formatterArgs = new ArrayList<>(fix ? List.of("--palantir", "--replace") : List.of("--palantir", "--dry-run", "--set-exit-if-changed"));
        formatterArgs.addAll(files);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Main(new PrintWriter(out, true), new PrintWriter(err, true), System.in).format(formatterArgs.toArray(String[]::new));
        System.err.print(err);
        if (fix) {
            System.out.println("formatted " + files.size() + " files");
            System.exit(code);
        }
        List<String> unformatted = out.toString().lines().map(l -> root.relativize(Path.of(l).toAbsolutePath())).map(Path::toString).toList();
        if (code != 0 || !unformatted.isEmpty()) {
            System.out.println("These files are not formatted (palantir-java-format); run build/format to fix them:");
            unformatted.forEach(f -> System.out.println("  " + f));
            System.exit(1);
        }
        System.out.println("format: " + files.size() + " files formatted as palantir-java-format does");
        System.exit(0); // the formatter leaves a thread pool behind
    }
}
