package dev.concdemo.demos.proc.zombie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concdemo.support.cli.CommandUnderTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
@EnabledOnOs(OS.LINUX) // elsewhere the scenario says it is Linux-only (the build runs on Linux)
class ZombieDemoTest {
    @Test
    void aZombieIsSeenInStateZThenReapedAndGoneAndTheCarelessParentsZombiesPileUp() throws Exception {
        JsonNode r = new CommandUnderTest(ZombieDemo::new).json("--children", "30", "--time-scale", "0.3", "--json");
        long us = ProcessHandle.current().pid();
        assertEquals("Z", r.get("stateAfterExit").asText(), "ended, not reaped");
        assertEquals(us, r.get("parentWhileZombie").asLong());
        assertTrue(r.get("jdkSaysAlive").asBoolean(), "the JDK's isAlive() is true for a zombie");
        assertEquals(7, r.get("exitStatusReaped").asInt(), "waitpid collects the status it kept");
        assertTrue(r.get("goneAfterReap").asBoolean());
        assertTrue(Files.notExists(Path.of("/proc/" + r.get("zombiePid").asLong())));
        assertEquals(30, r.get("peakZombiesUnreaped").asInt(), "every unreaped child is a zombie");
        assertEquals(0, r.get("zombiesAfterReapingAll").asInt());
        assertTrue(r.get("peakZombiesReaped").asInt() <= 1, "reaped as they end: at most one at a time");
        assertTrue(Zombies.ofOurs().isEmpty(), "no zombie of ours is left");
    }

    @Test
    void oneChildAndOneZombieReadInTheSingular() {
        CommandUnderTest cli = new CommandUnderTest(ZombieDemo::new);
        assertEquals(0, cli.run("--children", "1", "--time-scale", "0.3", "--no-color"), cli.err());
        String out = cli.out().replace("\n", " ");
        assertTrue(out.contains("1 zombie from 1 child,"), out);
    }
}
