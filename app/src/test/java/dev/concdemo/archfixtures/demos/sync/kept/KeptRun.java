package dev.concdemo.archfixtures.demos.sync.kept;

/** A run that knows nothing of the command line. */
final class KeptRun {
    private KeptRun() {}

    static int run() {
        return 0;
    }
}
