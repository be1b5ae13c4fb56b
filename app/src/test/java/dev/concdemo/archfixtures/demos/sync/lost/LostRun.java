package dev.concdemo.archfixtures.demos.sync.lost;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import picocli.CommandLine;

/** A run that sees the command line and opens the JVM's streams itself. */
public final class LostRun {
    private LostRun() {}

    static void usage() {
        throw new CommandLine.ParameterException(new CommandLine(new LostDemo()), "a run has no command line");
    }

    static FileInputStream in() {
        return new FileInputStream(FileDescriptor.in);
    }

    static FileOutputStream out() {
        return new FileOutputStream(FileDescriptor.out);
    }

    static FileOutputStream err() {
        return new FileOutputStream(FileDescriptor.err);
    }
}
