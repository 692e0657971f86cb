package dev.tracking.adapter.jdbi;

/** Throws checked exceptions from code that cannot declare them, as some hosts' work does. */
final class Sneaky {

    @SuppressWarnings("unchecked")
    static <E extends Throwable> RuntimeException rethrow(Throwable failure) throws E {
        throw (E) failure;
    }

    private Sneaky() {
    }
}
