/**
 * Fixtures for ArchitectureRulesCatchTest: classes that break (or keep) the architecture
 * rules on purpose, laid out as the scenarios are ({@code archfixtures.demos.sync.NAME}). Test
 * classes only: ArchitectureTest checks the main classes, never these.
 */
package dev.concdemo.archfixtures;
