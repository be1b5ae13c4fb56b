package dev.concdemo.app;

import dev.concdemo.demos.cpu.primes.PrimeChecker;
import dev.concdemo.support.jvm.ChildMain;
import dev.concdemo.support.jvm.Wire;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The training run for the child JVMs' own AOT cache (target/concdemo-child.aot; run by Maven
 * at package time, never by users): a child's whole life, as {@link ChildMain} lives it, with
 * a few typed requests on its input. Children get a cache of their own so that what they need
 * (the wire codec's record reflection, the request loop) is not loaded by every start of the
 * command line, and what the command line needs is not loaded by every child.
 */
final class ChildAotTraining {
    private ChildAotTraining() {}

    public static void main(String[] args) throws Exception {
        StringBuilder requests = new StringBuilder();
        for (int n = 7; n < 40; n++) {
            requests.append(Wire.encode(new PrimeChecker.Check(n))).append('\n');
        }
        System.setIn(new ByteArrayInputStream(requests.toString().getBytes(StandardCharsets.UTF_8)));
        ChildMain.main(new String[] {PrimeChecker.class.getName()}); // answers each, then exits the JVM
    }
}
