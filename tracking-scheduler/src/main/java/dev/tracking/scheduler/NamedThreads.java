package dev.tracking.scheduler;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon threads named after the instance and their role, such as {@code tracking-scheduler-node1-worker-3}. */
final class NamedThreads implements ThreadFactory {

    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    NamedThreads(String instanceName, String role) {
        this.prefix = "tracking-scheduler-" + instanceName + "-" + role + "-";
    }

    @Override
    public Thread newThread(Runnable work) {
        Thread thread = new Thread(work, prefix + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
