package dev.concdemo.support.cli;

import dev.concdemo.support.os.Subreaper;
import dev.concdemo.support.term.Lang;
import dev.concdemo.support.term.Texts;
import dev.concdemo.support.term.Units;
import dev.concdemo.support.term.Width;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * How a command runs within its {@link Session}: the run's clock starts, the running thread
 * is the one a cancel interrupts, and afterwards the trace is written. A run that was
 * cancelled ends with one line, {@code concdemo deadlock: interrupted after 1.23 s}, and exit
 * status 130, whatever the scenario was doing (it has already printed what it measured so
 * far, if it measures); a run whose output was closed ends quietly, with 141 (as SIGPIPE).
 * A scenario for which cancel is the normal end ({@code serve}) says so with
 * {@link Cancellation#expect()} and returns its own status.
 */
public final class SessionStrategy implements IExecutionStrategy {
    /** Exit status of a run stopped by Ctrl-C or SIGTERM: 128 + SIGINT, as shells report it. */
    public static final int INTERRUPTED = 130;
    /** Exit status of a run whose reader went away: 128 + SIGPIPE. */
    public static final int OUTPUT_CLOSED = 141;

    private final Session session;

    public SessionStrategy(Session session) {
        this.session = session;
    }

    @Override
    public int execute(ParseResult parseResult) {
        if (helpRequested(parseResult)) {
            return new CommandLine.RunLast().execute(parseResult); // prints help or version; runs nothing
        }
        CommandLine command = last(parseResult);
        Cancellation cancellation = session.cancellation();
        cancellation.runOn(Thread.currentThread());
        session.started();
        int code;
        Lang lang = lang(parseResult);
        Swallowed.showTo(debug(parseResult) ? session.err() : null);
        try {
            // The run's language, for every Texts lookup on this thread: --lang, else the environment's.
            code = ScopedValue.where(Texts.LANG, lang).call(() -> new CommandLine.RunLast().execute(parseResult));
        } catch (ExecutionException failure) {
            if (!cancellation.isCancelled()) {
                throw failure;
            }
            code = -1;
        } finally {
            Swallowed.showTo(null);
            cancellation.runOn(null);
            Thread.interrupted(); // a cancel's interrupt ends with the run
            Subreaper.sweep(); // no process of ours outlives the run, not even an orphaned grandchild
        }
        if (cancellation.isCancelled() && (code == -1 || !cancellation.expected())) {
            code = cancelled(command, lang);
        }
        writeTrace(command, lang);
        return code;
    }

    private int cancelled(CommandLine command, Lang lang) {
        if (session.cancellation().reason() == Cancellation.Reason.OUTPUT_CLOSED) {
            return OUTPUT_CLOSED;
        }
        long after = session.cancellation().raisedAtNanos() - session.clock().startNanos();
        Texts texts = texts(lang);
        String soFar = session.soFar();
        if (soFar != null) {
            // Wrapped to the width every line keeps, its continuation under the text.
            Width.wrap(texts.format("soFar", soFar), Width.COLUMNS, "    ").forEach(session.out()::println);
        }
        session.out().flush();
        session.err()
                .println(texts.format(
                        "interrupted", command.getCommandSpec().qualifiedName(), Units.secondsSaid(after, lang)));
        session.err().flush();
        return INTERRUPTED;
    }

    private void writeTrace(CommandLine command, Lang lang) {
        try {
            Path page = ScopedValue.where(Texts.LANG, lang).call(session::finishPage);
            if (page != null) {
                session.err()
                        .println(texts(lang)
                                .format("page", command.getCommandSpec().qualifiedName(), page));
                session.err().flush();
            }
            Path written = session.finish();
            if (written != null && !session.cancellation().isCancelled()) {
                session.err()
                        .println(texts(lang)
                                .format("trace", command.getCommandSpec().qualifiedName(), written));
                session.err().flush();
            }
        } catch (IOException e) {
            throw new ExecutionException(command, "cannot write " + e.getMessage(), e);
        }
    }

    /** Whether {@code --debug} (the root's option, inherited by every command) was given. */
    private static boolean debug(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--debug") && Boolean.TRUE.equals(level.matchedOptionValue("--debug", false))) {
                return true;
            }
        }
        return false;
    }

    /** The support code's own words (support/term's Messages) in {@code lang}. */
    private static Texts texts(Lang lang) {
        return Texts.bundle(Texts.class.getPackageName() + ".Messages", Texts.class.getClassLoader(), lang);
    }

    /** The {@code --lang} the command line gave, else the session's. */
    private Lang lang(ParseResult parseResult) {
        Lang lang = null;
        for (ParseResult at = parseResult; at != null; at = at.hasSubcommand() ? at.subcommand() : null) {
            Lang given = at.matchedOptionValue(LangOption.NAME, null);
            lang = given == null ? lang : given;
        }
        return lang == null ? session.lang() : lang;
    }

    private static boolean helpRequested(ParseResult parseResult) {
        for (ParseResult at = parseResult; at != null; at = at.hasSubcommand() ? at.subcommand() : null) {
            if (at.isUsageHelpRequested() || at.isVersionHelpRequested()) {
                return true;
            }
        }
        return false;
    }

    private static CommandLine last(ParseResult parseResult) {
        ParseResult at = parseResult;
        while (at.hasSubcommand()) {
            at = at.subcommand();
        }
        return at.commandSpec().commandLine();
    }
}
