package dev.concdemo.demos.sync.race;

import dev.concdemo.support.proc.RunByCPython;

/**
 * What race.py measured in a real CPython, with the Java run's threads, start and trials; read
 * from the one JSON document it prints, and printed again under {@code python} with --json.
 * Each of its runs is a {@link RaceReport}, under the Java report's names.
 *
 * @param version the interpreter's version, e.g. "3.11.7"
 * @param build "gil", or "free-threaded" for a build without the GIL (Python 3.13+)
 * @param gilEnabled whether the GIL was on in that process (a free-threaded build can turn it back on)
 * @param switchIntervalMs sys.getswitchinterval(): how long a thread may hold the GIL while another waits
 * @param pause read, sleep, write, unsynchronized: the Java run's pause (scaled) between read and write
 * @param noPause {@code ticket -= 1} as the notes write it, no sleep
 * @param lock read, sleep, write under one {@code threading.Lock}, over fewer trials (see {@link CPythonRun#lockTrials})
 */
record CPythonReport(
        String version,
        String build,
        boolean gilEnabled,
        double switchIntervalMs,
        RaceReport pause,
        RaceReport noPause,
        RaceReport lock)
        implements RunByCPython {}
