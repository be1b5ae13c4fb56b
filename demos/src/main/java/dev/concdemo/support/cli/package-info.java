/**
 * The command-line side a scenario shares: the options every scenario takes, the
 * {@code @Scenario} annotation and its {@code Chapter}, value converters and range checks,
 * the per-run {@code Session}, and "print JSON or the summary". Not here: how output looks
 * ({@code term}), processes ({@code proc}), workloads ({@code work}).
 */
package dev.concdemo.support.cli;
