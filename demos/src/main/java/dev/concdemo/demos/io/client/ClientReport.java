package dev.concdemo.demos.io.client;

import java.util.List;

/**
 * What {@code concdemo client} sent and got back; printed as JSON with --json.
 *
 * @param requests how many requests were sent; {@code answers} of them got a number, {@code errors} an error line
 * @param closedByServer the server closed the connection before the client was done (the run then fails)
 * @param exchanges each request in the order sent: the answer, or the error line, and the round trip
 */
record ClientReport(
        String host,
        int port,
        int requests,
        int answers,
        int errors,
        boolean closedByServer,
        List<Exchange> exchanges) {

    /**
     * @param answer the server's answer line ("55", "error: …"), or null if the connection closed first
     * @param roundTripMs from sending the request to reading its answer
     */
    record Exchange(String request, String answer, double roundTripMs) {}
}
