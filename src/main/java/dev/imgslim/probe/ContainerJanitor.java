package dev.imgslim.probe;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Remembers every container this probe run created and removes the ones still there: at
 * {@link #close()} normally, and from a shutdown hook when the user presses Ctrl-C mid-run,
 * so an interrupted probe leaves no stopped containers behind. Only ids this run created are
 * touched, never containers found by name or label.
 */
final class ContainerJanitor implements AutoCloseable {

    private final Set<String> live = ConcurrentHashMap.newKeySet();
    private final Consumer<String> remover;
    private final Thread hook;

    /** @param remover force-removes one container by id; must not throw */
    ContainerJanitor(Consumer<String> remover) {
        this.remover = remover;
        this.hook = new Thread(this::removeAll, "imgslim-probe-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    void created(String id) {
        live.add(id);
    }

    /** Removes one container now (after its run) and forgets it. */
    void remove(String id) {
        if (live.remove(id)) remover.accept(id);
    }

    Set<String> live() {
        return Set.copyOf(live);
    }

    private void removeAll() {
        for (String id : Set.copyOf(live)) {
            live.remove(id);
            remover.accept(id);
        }
    }

    @Override
    public void close() {
        removeAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or ran; nothing left to do
        }
    }
}
