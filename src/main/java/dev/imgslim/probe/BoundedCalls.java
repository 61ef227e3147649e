package dev.imgslim.probe;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs blocking engine calls with a deadline. docker-java's zerodep transport has a connect timeout
 * but no response timeout (pulls and container waits are long streams), so a daemon that accepts
 * the connection and never answers would block a plain call for ever. Each call runs on a daemon
 * thread; past the deadline the caller gets a {@link ProbeFault} and the stuck thread is abandoned
 * (interrupted, and it cannot keep the JVM alive).
 */
final class BoundedCalls implements AutoCloseable {
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "imgslim-engine-call");
        t.setDaemon(true);
        return t;
    });
    private final Duration limit;
    private final String who;

    /** @param who the engine, for messages ("the Docker daemon at unix:///... (DOCKER_HOST)") */
    BoundedCalls(Duration limit, String who) {
        this.limit = limit;
        this.who = who;
    }

    /**
     * The call's result; what it throws is rethrown as is (unchecked), a timeout becomes a
     * {@link ProbeFault} of {@code kind} saying what did not answer in time.
     */
    <T> T call(String what, ProbeFault.Kind kind, Callable<T> work) throws ProbeFault {
        Future<T> f = pool.submit(work);
        try {
            return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new ProbeFault(
                    kind, who + " did not answer " + what + " within " + DurationParser.format(limit) + " (--timeout)");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new ProbeFault(ProbeFault.Kind.INTERRUPTED, "interrupted while waiting for " + who);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
