/**
 * A run drawn as one self-contained web page ({@code --html FILE}): the timeline the trace
 * records, the narration as printed, the figures each scenario's numbers call for, and the
 * summary. Nothing on the page loads from anywhere else, and its Content-Security-Policy says so.
 */
package dev.concdemo.support.html;
