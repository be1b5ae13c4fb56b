package dev.concdemo.demos.sync.interleave;

import java.util.List;

/**
 * One thread of a program: its role in the story (a consumer, check_mysql) and its lines.
 *
 * @param locals the thread's own variables (Python's locals), each starting at its initial value
 */
record ThreadCode(String role, List<Step> steps, List<Var> locals) {
    ThreadCode {
        steps = List.copyOf(steps);
        locals = List.copyOf(locals);
    }
}
