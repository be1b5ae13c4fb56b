/** Chapter 2, threads and synchronization: threads, race, deadlock, rlock … pool. */
package dev.concdemo.demos.sync;
