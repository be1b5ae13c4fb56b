package dev.concdemo.demos.io.compare;

import dev.concdemo.support.proc.RunByCPython;
import java.util.List;

/**
 * What compare measured of the fib servers CPython runs (fib_server.py, --python), printed
 * under {@code python} with --json: the interpreter, then one entry per server under the Java
 * models' names.
 *
 * @param version the interpreter's version, e.g. "3.11.7"
 * @param build "gil", or "free-threaded" for a build without the GIL (Python 3.13+)
 * @param gilEnabled whether the GIL was on in the servers' process
 * @param switchIntervalMs sys.getswitchinterval(): how long a thread may keep the GIL while another waits for it
 * @param models "python sync", then "python threads": the same loads, the same client as the Java models
 */
record CPythonReport(
        String version, String build, boolean gilEnabled, double switchIntervalMs, List<ModelTrial.Figures> models)
        implements RunByCPython {}
