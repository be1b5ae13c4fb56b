/**
 * What scenarios share, split by job; nothing here knows any scenario. {@code cli}: options
 * and the per-run session; {@code term}: what the user sees (narration, tables, charts,
 * numbers, width, the trace); {@code proc}: child JVMs and what the OS says about
 * processes; {@code work}: the seeds' workloads, written once.
 */
package dev.concdemo.support;
