package dev.concdemo.demos.proc.isolation;

import dev.concdemo.support.cli.ScenarioFailure;
import dev.concdemo.support.proc.ChildProcess;
import dev.concdemo.support.term.Narrator;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The seed's money = 100, changed to 666 by a child process and then by a thread; what main sees after each. */
final class IsolationRun {
    private static final Pattern MONEY = Pattern.compile("money = (\\d+).*");
    private static final Pattern PARENT = Pattern.compile(".*my parent (\\d+)\\)");

    /** What the setter thread's lines carry after main's label. */
    static final String THREAD_SUFFIX = " Thread-1";

    private final Narrator n;
    private final String main = Narrator.ownLabel();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<Integer> childMoney = new CopyOnWriteArrayList<>();
    private volatile long childParent = -1;
    private volatile String done = "nothing yet";

    IsolationRun(Narrator n) {
        this.n = n;
    }

    String soFar() {
        return done;
    }

    IsolationReport run() throws IOException, InterruptedException {
        Money.money = 100;
        step("1");
        say("money = " + Money.money);
        int afterChild;
        long childPid;
        try (ChildProcess child = ChildProcess.ofTarget("money", Money.class, "setTo666", List.of())) {
            child.start(this::fromChild);
            childPid = child.pid();
            child.joinFailure(Duration.ofSeconds(30)).ifPresent(failure -> {
                throw new ScenarioFailure("pid %d (the child) %s".formatted(childPid, failure));
            });
            afterChild = Money.money;
            say("money = " + afterChild + " after join"
                    + (afterChild == 100 ? ": the child changed its own copy" : ": the child's change reached us"));
        }
        done = "the child's step";

        step("2");
        say("money = " + Money.money);
        Thread setter = Thread.ofPlatform().name(THREAD_SUFFIX.strip()).start(() -> {
            Money.money = 666;
            String text = "money = " + Money.money + " after money = 666";
            lines.add(main + THREAD_SUFFIX + ": " + text);
            n.event(main + THREAD_SUFFIX, text);
        });
        setter.join();
        int afterThread = Money.money;
        say("money = " + afterThread + " after join"
                + (afterThread == 666
                        ? ": the thread changed main's money"
                        : ": the thread's change did not reach us"));
        Money.money = 100; // the next run in this JVM starts as the seed does
        done = "both steps";
        return new IsolationReport(
                ProcessHandle.current().pid(),
                childPid,
                childParent,
                List.copyOf(lines),
                childMoney.isEmpty() ? -1 : childMoney.getFirst(),
                childMoney.size() < 2 ? -1 : childMoney.get(1),
                afterChild,
                afterThread);
    }

    private void fromChild(long pid, String text) {
        Matcher money = MONEY.matcher(text);
        if (money.matches()) {
            childMoney.add(Integer.parseInt(money.group(1)));
        }
        Matcher parent = PARENT.matcher(text);
        if (parent.matches()) {
            childParent = Long.parseLong(parent.group(1));
        }
        lines.add("pid " + pid + ": " + text);
        n.processEvent(pid, text);
    }

    private void say(String text) {
        lines.add(main + ": " + text);
        n.event(main, text);
    }

    private void step(String key, Object... args) {
        n.step(IsolationRun.class, key, args);
    }
}
