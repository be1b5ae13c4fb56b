package dev.concdemo.demos.io.fib.server;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A write delivers every byte, however little each write(2) takes. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NativeSocketsTest {
    private static byte[] lines(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("line ").append(i).append(" of a write larger than a pipe's buffer\n");
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aWriteThatTakesLessThanOfferedIsContinuedUntilAllIsWritten() throws Exception {
        byte[] bytes = lines(100);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        List<Long> offered = new ArrayList<>();
        NativeSockets.WriteCall takesAtMost1000 = (errno, fd, data, count) -> {
            offered.add(count);
            long taken = Math.min(count, 1_000);
            received.write(data.asSlice(0, taken).toArray(JAVA_BYTE));
            return taken;
        };
        try (Arena arena = Arena.ofConfined()) {
            NativeSockets.writeAll(-1, arena.allocateFrom(JAVA_BYTE, bytes), arena.allocate(64), takesAtMost1000);
        }
        assertArrayEquals(bytes, received.toByteArray(), "every byte, in order");
        assertEquals((bytes.length + 999) / 1_000, offered.size(), "a call for each 1,000 bytes: " + offered);
    }

    @Test
    void aWriteLargerThanThePipeReachesASlowReaderWhole() throws Exception {
        Assumptions.assumeTrue(NativeSockets.supported(), "the C calls are Linux's");
        byte[] bytes = lines(20_000); // about 1 MB; a pipe holds 64 KB
        int[] pipe = NativeSockets.pipe();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        Thread reader = Thread.ofPlatform().name("slow-reader").start(() -> {
            try {
                int[] seen = {0};
                NativeSockets.readLines(pipe[0], line -> {
                    received.writeBytes((line + "\n").getBytes(StandardCharsets.US_ASCII));
                    if (++seen[0] % 2_000 == 0) {
                        sleep(); // slow: the writer finds the pipe full again and again
                    }
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        NativeSockets.write(pipe[1], bytes);
        NativeSockets.close(pipe[1]);
        reader.join();
        NativeSockets.close(pipe[0]);
        assertArrayEquals(bytes, received.toByteArray(), "every byte, in order");
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
