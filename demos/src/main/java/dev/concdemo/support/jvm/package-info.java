/**
 * Child JVMs that speak typed messages: {@code ChildJvm} (one worker: a request in, a reply
 * out, each one {@code Wire} line), {@code ProcessPool} (many), {@code ChildTask} (what a
 * child runs) and {@code ChildMain}, the child's entry point, one of the two pieces of code
 * allowed to touch {@code System.in}/{@code out} or exit.
 */
package dev.concdemo.support.jvm;
