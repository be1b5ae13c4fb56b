package dev.concdemo.demos.coro.greenlet;

import dev.concdemo.demos.coro.Coroutine;

/**
 * Python's greenlet on the JDK's continuations ({@link Coroutine}): greenlets switch to each
 * other by name ({@code g2.switch()}), all on one thread. A continuation can only yield back
 * to whoever resumed it, so a hub does the switching: {@code switchTo} from inside a greenlet
 * tells the hub which one runs next and suspends; the hub resumes it. When a greenlet's body
 * ends, control goes back to main (its parent), as in greenlet. Not thread-safe: one thread.
 */
final class Greenlets {
    /** One greenlet: a coroutine with a name. */
    final class Greenlet {
        private final String name;
        private final Coroutine body;

        private Greenlet(String name, Runnable run) {
            this.name = name;
            this.body = new Coroutine(run);
        }

        String name() {
            return name;
        }

        /** {@code g.switch()}: from main, runs the greenlets from g until one ends; from a greenlet, switches to g. */
        void switchTo() {
            if (current == null) {
                next = this;
                while (next != null) {
                    current = next;
                    next = null;
                    current.body.resume();
                    switches++;
                }
                current = null;
            } else {
                next = this;
                Coroutine.suspend(); // back to the hub, which resumes g
            }
        }

        boolean dead() {
            return body.isDone();
        }
    }

    private Greenlet current; // the one running; null in main
    private Greenlet next; // the one to run when the current one suspends
    private long switches;

    Greenlet greenlet(String name, Runnable run) {
        return new Greenlet(name, run);
    }

    /** How many times the hub has resumed a greenlet. */
    long switches() {
        return switches;
    }
}
