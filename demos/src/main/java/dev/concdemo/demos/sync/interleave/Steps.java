package dev.concdemo.demos.sync.interleave;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The lines the programs are written in, each one atomic step with Python's meaning: a lock's
 * acquire and release, a queue's put and get, a condition's wait and notify, a semaphore, an
 * event, an if that jumps. Lines are numbered from 1 as shown; a jump past the last line ends
 * the thread.
 */
final class Steps {
    private Steps() {}

    /** {@code lock.acquire()}: blocks while another thread holds it; a thread holding it already blocks for ever. */
    static Step acquire(String indent, String lock) {
        return new Step(
                indent + lock + ".acquire()",
                w -> w.num(lock) == 0 ? null : new Step.Blocked("blocked.lock", w.num(lock), lock, w.num(lock)),
                w -> w.set(lock, w.me()));
    }

    /** {@code lock.release()}: by its holder; anyone else raises, as Python's Lock does. */
    static Step release(String indent, String lock) {
        return Step.of(indent + lock + ".release()", w -> {
            if (w.num(lock) != w.me()) {
                w.raise("RuntimeError");
            } else {
                w.set(lock, 0);
            }
        });
    }

    /** {@code into = q.get()}: blocks while the queue is empty. */
    static Step get(String indent, String into, String queue) {
        return new Step(
                indent + into + " = " + queue + ".get()",
                w -> w.list(queue).isEmpty() ? new Step.Blocked("blocked.empty", 0, queue) : null,
                w -> w.set(into, w.removeFirst(queue)));
    }

    /** {@code q.put(item)}: the queues here have no bound, so it never blocks. */
    static Step put(String indent, String queue, Object item) {
        return Step.of(indent + queue + ".put(" + Py.repr(item) + ")", w -> w.append(queue, item));
    }

    /**
     * {@code cond.wait()}, in two moves: the first releases {@code lock} and joins the waiters;
     * the second, once a notify has taken the thread off the list and the lock is free, takes
     * the lock back and goes on to {@code then} (the next line, or a while's test).
     */
    static Step await(String indent, String cond, String lock, int then) {
        return new Step(
                indent + cond + ".wait()",
                w -> {
                    if (w.phase() == 0) {
                        return null;
                    }
                    if (w.list(cond).contains(w.me())) {
                        return new Step.Blocked("blocked.wait", 0, cond);
                    }
                    int holder = w.num(lock);
                    return holder == 0 ? null : new Step.Blocked("blocked.relock", holder, lock, holder);
                },
                w -> {
                    if (w.phase() == 0) {
                        w.set(lock, 0);
                        w.append(cond, w.me());
                        w.phase(1);
                        w.stay();
                    } else {
                        w.set(lock, w.me());
                        w.phase(0);
                        w.jump(then);
                    }
                });
    }

    /** {@code cond.notify()}: takes the longest waiter off the list, if any; it still needs the lock back. */
    static Step notifyOne(String indent, String cond) {
        return Step.of(indent + cond + ".notify()", w -> {
            List<Object> waiting = w.list(cond);
            if (!waiting.isEmpty()) {
                w.set(cond, List.copyOf(waiting.subList(1, waiting.size())));
            }
        });
    }

    /** {@code sm.acquire()}: takes a permit; blocks while there is none. */
    static Step semAcquire(String indent, String sem) {
        return new Step(
                indent + sem + ".acquire()",
                w -> w.num(sem) == 0 ? new Step.Blocked("blocked.semaphore", 0, sem) : null,
                w -> w.set(sem, w.num(sem) - 1));
    }

    /** {@code sm.release()}: gives a permit back, whether or not this thread took one (Python's Semaphore never checks). */
    static Step semRelease(String indent, String sem) {
        return Step.of(indent + sem + ".release()", w -> w.set(sem, w.num(sem) + 1));
    }

    /** {@code event.wait()}: blocks until the event is set. */
    static Step eventWait(String indent, String event) {
        return new Step(
                indent + event + ".wait()",
                w -> Boolean.TRUE.equals(w.get(event)) ? null : new Step.Blocked("blocked.event", 0, event),
                _ -> {});
    }

    /**
     * {@code event.wait(timeout)}: returns when the event is set or the time is up. Time is not
     * modelled: the timeout may run out at any moment, so the step can always be taken.
     */
    static Step eventWait(String indent, String event, String timeout) {
        return Step.of(indent + event + ".wait(" + timeout + ")", _ -> {});
    }

    /** An {@code if} or {@code while} test: when {@code test} fails, the thread goes to line {@code otherwise}. */
    static Step test(String code, Predicate<World> test, int otherwise) {
        return Step.of(code, w -> {
            boolean holds = test.test(w);
            w.note(holds ? "True" : "False");
            if (!holds) {
                w.jump(otherwise);
            }
        });
    }

    /** {@code step}, then back to line {@code line} (the end of a loop's body). */
    static Step thenLine(Step step, int line) {
        return new Step(step.code(), step.guard(), w -> {
            step.action().run(w);
            w.jump(line);
        });
    }

    /** {@code n} copies of a thread written once for thread {@code t} (from 1), each with its own locals. */
    static List<ThreadCode> each(int n, java.util.function.IntFunction<ThreadCode> thread) {
        List<ThreadCode> threads = new ArrayList<>(n);
        for (int t = 1; t <= n; t++) {
            threads.add(thread.apply(t));
        }
        return threads;
    }
}
