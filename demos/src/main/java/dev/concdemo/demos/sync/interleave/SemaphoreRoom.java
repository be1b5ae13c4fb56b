package dev.concdemo.demos.sync.interleave;

import java.util.ArrayList;
import java.util.List;

/**
 * Seed 001's semaphore, a room with two seats: a thread that releases a permit it never
 * acquired (a {@code finally} that ran although the acquire did not) makes room for a third.
 * Python's Semaphore does not check. Fixed: release only what was acquired.
 */
final class SemaphoreRoom {
    static final int SEATS = 2;

    private SemaphoreRoom() {}

    static Program of(Variant variant) {
        List<ThreadCode> threads = new ArrayList<>();
        threads.add(guest(false));
        threads.add(guest(false));
        threads.add(guest(variant == Variant.BROKEN));
        return new Program(
                ProgramName.SEMAPHORE,
                variant,
                List.of(Var.value("sm", SEATS), Var.value("inside", 0), Var.value("most_inside", 0)),
                threads,
                List.of("most_inside", "sm"),
                (m, s) -> (Integer) s.shared().get(2) > SEATS);
    }

    private static ThreadCode guest(boolean strayRelease) {
        List<Step> steps = new ArrayList<>();
        if (strayRelease) {
            // BROKEN: a permit given back that was never taken; the room now has three seats
            steps.add(Steps.semRelease("", "sm"));
        }
        steps.add(Steps.semAcquire("", "sm"));
        steps.add(Step.of("enter_room()", w -> {
            int inside = w.num("inside") + 1;
            w.set("inside", inside);
            w.set("most_inside", Math.max(inside, w.num("most_inside")));
        }));
        steps.add(Step.of("leave_room()", w -> w.set("inside", w.num("inside") - 1)));
        steps.add(Steps.semRelease("", "sm"));
        return new ThreadCode("guest", steps, List.of());
    }
}
