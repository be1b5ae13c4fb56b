/**
 * Processes: child JVMs (a worker speaking typed messages, or a named task run to its exit
 * status), the process pool, reaping, and reading what the OS says of a process (state,
 * parent, CPU times, RSS). The only code allowed to touch {@code System.in}/{@code out} or
 * exit is the child's entry point. Not here: threads ({@code work}), output ({@code term}).
 */
package dev.concdemo.support.proc;
