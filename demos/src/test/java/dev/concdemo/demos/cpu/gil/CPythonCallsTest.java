package dev.concdemo.demos.cpu.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The CPython part's estimate counts fib's calls as the recursion makes them. */
class CPythonCallsTest {
    @Test
    void naiveFibMakesTwiceFibOfNPlusOneLessOneCalls() {
        assertEquals(1, CPythonRun.calls(0));
        assertEquals(1, CPythonRun.calls(1));
        assertEquals(3, CPythonRun.calls(2));
        assertEquals(counted(20), CPythonRun.calls(20));
        assertEquals(2 * 75_025 - 1, CPythonRun.calls(24)); // what gil.py --calibrate divides by
    }

    private static long counted(int n) {
        return n < 2 ? 1 : 1 + counted(n - 1) + counted(n - 2);
    }
}
