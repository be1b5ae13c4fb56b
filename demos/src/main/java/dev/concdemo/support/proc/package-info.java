/**
 * Python-style processes: a {@code ChildProgram} run to its exit status in a child JVM, used
 * the way {@code multiprocessing.Process} is ({@code ChildProcess}: daemon, start, terminate,
 * join; lines to its {@code Inbox}), a static method named as its target
 * ({@code TargetProgram}), a child started by posix_spawn that the JDK does not reap
 * ({@code NativeChild}), and {@code ProgramMain}, such a child's entry point; and
 * {@code PythonProgram}, a Python program kept as a resource, run by a real CPython for its JSON.
 */
package dev.concdemo.support.proc;
