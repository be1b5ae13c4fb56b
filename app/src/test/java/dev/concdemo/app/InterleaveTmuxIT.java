package dev.concdemo.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code concdemo interleave}'s game in a real terminal: tmux sends the keys a learner would and
 * the pane is polled for what the game must show. Needs tmux, which the machine image has.
 */
class InterleaveTmuxIT {
    private static final Path ROOT =
            Path.of(System.getProperty("concdemo.root", "..")).toAbsolutePath().normalize();
    private static final long DEADLINE_MILLIS = 90_000;

    @Test
    @Timeout(value = 200, unit = TimeUnit.SECONDS)
    void ticketReachesItsGoal() throws Exception {
        String session = start("ticket");
        try {
            await(session, "q quit");
            keys(session, "1", "1", "2", "1", "2", "2");
            await(session, "Broken after step 6");
            keys(session, "q");
            await(session, "EXIT=0");
        } finally {
            tmux("kill-session", "-t", session);
        }
    }

    @Test
    @Timeout(value = 200, unit = TimeUnit.SECONDS)
    void abbaDeadlocksAndARefusedKeySaysWhy() throws Exception {
        String session = start("abba");
        try {
            await(session, "q quit");
            keys(session, "1", "2");
            await(session, "Broken after step 2");
            keys(session, "1");
            await(session, "T1 cannot move: mutexB is held by T2.");
            keys(session, "q");
            String pane = await(session, "EXIT=0");
            assertTrue(pane.contains("--variant fixed"), pane);
        } finally {
            tmux("kill-session", "-t", session);
        }
    }

    private static String start(String program) throws Exception {
        String session =
                "interleave-it-" + program + "-" + ProcessHandle.current().pid();
        String command =
                "cd '" + ROOT + "' && NO_COLOR=1 ./concdemo interleave " + program + "; echo EXIT=$?; sleep 60";
        tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "40", command);
        return session;
    }

    private static void keys(String session, String... keys) throws Exception {
        for (String key : keys) {
            tmux("send-keys", "-t", session, key);
        }
    }

    /** Polls the pane until it shows {@code text}; fails with the pane at the deadline. */
    private static String await(String session, String text) throws Exception {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DEADLINE_MILLIS);
        String pane = "";
        while (System.nanoTime() < end) {
            pane = tmux("capture-pane", "-p", "-t", session);
            if (pane.contains(text)) {
                return pane;
            }
            Thread.sleep(100);
        }
        return fail("no \"" + text + "\" on the pane:\n" + pane);
    }

    private static String tmux(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("tmux"));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail("tmux is missing: install the package tmux");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "tmux " + args[0] + " hung");
        if (!args[0].equals("kill-session")) {
            assertEquals(0, p.exitValue(), "tmux " + String.join(" ", args) + ": " + out);
        }
        return out;
    }
}
