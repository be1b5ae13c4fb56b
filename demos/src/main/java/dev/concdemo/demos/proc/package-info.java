/**
 * Chapter 1, processes (seed 001 进程, 开启进程的两种方式 through 生产者、消费者模型): every
 * process here is a real OS process, a child JVM of this same program or, where the point is
 * the OS itself, a small program of the OS's. Each scenario labels lines by pid and leaves no
 * process behind.
 */
package dev.concdemo.demos.proc;
