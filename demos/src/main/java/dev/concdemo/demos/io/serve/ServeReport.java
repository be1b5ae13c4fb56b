package dev.concdemo.demos.io.serve;

/**
 * What {@code concdemo serve} counted, printed when it stops (as JSON with --json).
 *
 * @param connections accepted in all; {@code rejected} refused because of --max-connections
 * @param requests answered, {@code errors} of them with an error line
 * @param cpuMs CPU time the whole process used while serving (user + sys)
 * @param cpuShare cpuMs / uptimeMs: cores kept busy on average (the nonblocking model spins one even when idle)
 * @param threads the server's own threads just before it stopped
 */
record ServeReport(
        String scenario,
        String model,
        String host,
        int port,
        long uptimeMs,
        long connections,
        long requests,
        long errors,
        long rejected,
        long cpuMs,
        double cpuShare,
        long threads) {}
