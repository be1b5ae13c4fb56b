/** Chapter 3, CPU-bound work and the GIL: primes, gil, cpu-vs-io. */
package dev.concdemo.demos.cpu;
