package dev.concdemo.demos.sync.interleave;

import dev.concdemo.support.cli.EnumConverter;
import java.util.Locale;

/**
 * The programs {@code interleave} plays, each a seed's bug retold in a few lines: its seed
 * section, and how many threads it may have (a fixed cast, or a range for --threads).
 */
enum ProgramName {
    TICKET("001 线程互斥锁", 2, 2, 8),
    ABBA("001 死锁与递归锁", 2, 2, 6),
    CHECK_THEN_ACT("001 队列 (q.empty)", 2, 2, 2),
    PILLS("001 生产者、消费者模型", 3, 3, 3),
    IF_NOT_WHILE("000 names Condition", 3, 3, 3),
    SEMAPHORE("001 信号量(Semaphore)", 3, 3, 3),
    EVENT("001 Event事件", 2, 2, 2),
    LAZY_INIT("001 死锁与递归锁 (单例模式)", 2, 2, 6);

    final String seed;
    final int threads;
    final int fewest;
    final int most;

    ProgramName(String seed, int threads, int fewest, int most) {
        this.seed = seed;
        this.threads = threads;
        this.fewest = fewest;
        this.most = most;
    }

    /** Whether --threads changes this program (its threads all run the same code). */
    boolean takesThreads() {
        return fewest < most;
    }

    /** The program with {@code threads} threads, broken or fixed. */
    Program build(Variant variant, int threads) {
        return switch (this) {
            case TICKET -> Ticket.of(variant, threads);
            case ABBA -> Abba.of(variant, threads);
            case CHECK_THEN_ACT -> CheckThenAct.of(variant);
            case PILLS -> Pills.of(variant);
            case IF_NOT_WHILE -> IfNotWhile.of(variant);
            case SEMAPHORE -> SemaphoreRoom.of(variant);
            case EVENT -> EventMiss.of(variant);
            case LAZY_INIT -> LazyInit.of(variant, threads);
        };
    }

    /** As typed: {@code check-then-act}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses PROGRAM in any case; a wrong name lists the right ones. */
    static final class Converter extends EnumConverter<ProgramName> {
        Converter() {
            super(ProgramName.class);
        }
    }
}
