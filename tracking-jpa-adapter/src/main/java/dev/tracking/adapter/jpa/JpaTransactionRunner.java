package dev.tracking.adapter.jpa;

import dev.tracking.core.port.out.TransactionRunner;
import java.util.Objects;
import java.util.function.Supplier;

/** Units of work over the adapter's {@link EntityManagerBinding}: the repositories' calls inside the work join it. */
final class JpaTransactionRunner implements TransactionRunner {

    private final EntityManagerBinding binding;

    JpaTransactionRunner(EntityManagerBinding binding) {
        this.binding = Objects.requireNonNull(binding, "binding");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return binding.inUnitOfWork(entityManager -> work.get());
    }
}
