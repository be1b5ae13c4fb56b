package dev.concdemo.demos.sync.race;

import java.time.Duration;

/**
 * BROKEN: read, pause, write, with nothing to stop another thread in between. Every thread
 * that reads before the first one writes computes from the same old value, so all their
 * decrements but one are lost. The pause is ours, not the seed's (its {@code ticket -= 1}
 * has none): it widens the window so the race shows every time instead of once in a while.
 */
final class UnsafeCounter implements Counter {
    private final Duration pause;
    private volatile int value; // volatile makes each read and write visible, not the three of them atomic

    UnsafeCounter(int start, Duration pause) {
        this.value = start;
        this.pause = pause;
    }

    @Override
    public void decrement() throws InterruptedException {
        int read = value; // tmp = ticket
        if (!pause.isZero()) {
            Thread.sleep(pause); // ours: another thread reads the same value now
        }
        value = read - 1; // ticket = tmp - 1: overwrites whatever was written meanwhile
    }

    @Override
    public int value() {
        return value;
    }
}
