package dev.concdemo.demos.coro.asyncio;

/**
 * asyncio.CancelledError: raised inside a cancelled task at the await it was suspended in
 * (or its next one), so the task can clean up; raised to whoever awaits a cancelled future.
 */
final class CancelledError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CancelledError(String message) {
        super(message, null, false, false);
    }
}
