/**
 * A shared home: the fib service that serve, client, bench and compare (and later c10k and
 * iomodels) all use. The protocol ({@code Request}, {@code RequestParser}, {@code FibService}),
 * the server models ({@code server}), and the clients, one connection or a load
 * ({@code client}). No scenario's options or summaries live here.
 */
package dev.concdemo.demos.io.fib;
