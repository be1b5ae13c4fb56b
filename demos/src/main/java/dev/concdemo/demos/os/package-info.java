/**
 * Chapter 6, the operating system underneath (seed 001 多道技术, 进程调度, 进程执行的三状态图):
 * each scenario pairs an exact, repeatable simulation of the textbook's model with what this
 * machine's kernel does.
 */
package dev.concdemo.demos.os;
