package dev.tracking.core.application;

import dev.tracking.core.port.out.TransactionRunner;
import java.util.function.Supplier;

/**
 * The adapter's units of work, with the audit entries of each appended at its end, inside it. Nested calls join the
 * outermost one, whose end appends.
 */
public final class AuditingTransactionRunner implements TransactionRunner {

    private final TransactionRunner delegate;
    private final AuditRecorder recorder;
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    public AuditingTransactionRunner(TransactionRunner delegate, AuditRecorder recorder) {
        this.delegate = delegate;
        this.recorder = recorder;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (depth.get() > 0) {
            return delegate.inTransaction(work);
        }
        depth.set(1);
        recorder.begin();
        try {
            return delegate.inTransaction(() -> {
                T result = work.get();
                recorder.flush();
                return result;
            });
        } finally {
            recorder.discard();
            depth.remove();
        }
    }
}
