package dev.concdemo.demos.coro.asyncio;

/** asyncio.TimeoutError: what {@link Async#waitFor} raises once it has cancelled the slow awaitable. */
final class TimeoutError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TimeoutError(String message) {
        super(message, null, false, false);
    }
}
