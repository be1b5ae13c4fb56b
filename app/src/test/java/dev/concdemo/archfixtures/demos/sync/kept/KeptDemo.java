package dev.concdemo.archfixtures.demos.sync.kept;

import dev.concdemo.support.cli.Chapter;
import dev.concdemo.support.cli.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** A scenario as it should be: in its chapter's package, picocli in the Demo and in classes nested in it. */
@Command(name = "kept")
@Scenario(chapter = Chapter.THREADS, seed = "000 fixture")
public final class KeptDemo {
    @Option(names = "--speed", converter = Speed.Converter.class)
    Speed speed;

    /** An option's values, with their converter nested two deep. */
    enum Speed {
        SLOW;

        static final class Converter implements ITypeConverter<Speed> {
            @Override
            public Speed convert(String value) {
                return Speed.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            }
        }
    }
}
