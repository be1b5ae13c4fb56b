package dev.concdemo.demos.proc.ipc;

import dev.concdemo.support.proc.ChildProgram;
import dev.concdemo.support.proc.Inbox;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * What the child processes of {@code concdemo ipc} run: each opens its own connection to the
 * queue (the socket's path is its first argument) and prints what it puts and gets, with the
 * pid at the other end.
 */
public final class IpcPrograms {
    /** The seed's stop signal, one per consumer. */
    static final String NONE = "None";

    private IpcPrograms() {}

    /** Gets {@code args[1]} items, printing each and who put it. */
    public static final class Getter implements ChildProgram {
        @Override
        public int run(List<String> args, Inbox in, PrintStream out) throws Exception {
            try (QueueClient q = new QueueClient(Path.of(args.get(0)))) {
                int count = Integer.parseInt(args.get(1));
                out.println("q.get() × " + count);
                for (int i = 0; i < count; i++) {
                    Reply.Item item = q.get();
                    out.println("got %s from pid %d".formatted(item.value(), item.from()));
                }
            }
            return 0;
        }
    }

    /** Puts each of {@code args[1..]}, printing each once the queue has taken it. */
    public static final class Putter implements ChildProgram {
        @Override
        public int run(List<String> args, Inbox in, PrintStream out) throws Exception {
            try (QueueClient q = new QueueClient(Path.of(args.get(0)))) {
                for (String item : args.subList(1, args.size())) {
                    q.put(item);
                    out.println("put " + item);
                }
            }
            return 0;
        }
    }

    /**
     * A producer: makes {@code args[1]} buns, each after a random 50–200 ms (scaled by
     * {@code args[2]}, from seed {@code args[3]}), and puts each.
     */
    public static final class Producer implements ChildProgram {
        @Override
        public int run(List<String> args, Inbox in, PrintStream out) throws Exception {
            long me = ProcessHandle.current().pid();
            int count = Integer.parseInt(args.get(1));
            double scale = Double.parseDouble(args.get(2));
            Random random = new Random(Long.parseLong(args.get(3)));
            try (QueueClient q = new QueueClient(Path.of(args.get(0)))) {
                for (int i = 1; i <= count; i++) {
                    Thread.sleep(scaled(random.nextInt(50, 201), scale));
                    String bun = "bun %d of pid %d".formatted(i, me);
                    q.put(bun);
                    out.println("made " + bun);
                }
            }
            return 0;
        }
    }

    /**
     * A consumer: gets and eats (100–300 ms, scaled by {@code args[2]}, from seed {@code
     * args[3]}) until it gets None ({@code args[1]} "pills"), or forever, calling task_done
     * after each ({@code args[1]} "joinable": a JoinableQueue's consumer, ended by its parent).
     */
    public static final class Consumer implements ChildProgram {
        @Override
        public int run(List<String> args, Inbox in, PrintStream out) throws Exception {
            boolean joinable = args.get(1).equals("joinable");
            double scale = Double.parseDouble(args.get(2));
            Random random = new Random(Long.parseLong(args.get(3)));
            try (QueueClient q = new QueueClient(Path.of(args.get(0)))) {
                while (true) {
                    Reply.Item item = q.get();
                    if (item.value().equals(NONE)) {
                        out.println("got None from pid %d: no more buns; stopping".formatted(item.from()));
                        return 0;
                    }
                    Thread.sleep(scaled(random.nextInt(100, 301), scale));
                    out.println("ate %s (put by pid %d)".formatted(item.value(), item.from()));
                    if (joinable) {
                        q.taskDone();
                    }
                }
            }
        }
    }

    private static Duration scaled(int millis, double scale) {
        return Duration.ofNanos(Math.round(millis * 1e6 * scale));
    }
}
