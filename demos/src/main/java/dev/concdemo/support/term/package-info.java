/**
 * What the user sees: the narrator's timestamped lines, tables, charts, how numbers are
 * written, display width, progress and the trace file. Not here: option parsing
 * ({@code cli}), anything that starts a process ({@code proc}).
 */
package dev.concdemo.support.term;
