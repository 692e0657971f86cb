package dev.tracking.core.port.out;

import java.util.UUID;

/** Makes ids for new records. The default makes time-ordered UUIDs (version 7), kind to B-tree indexes. */
@FunctionalInterface
public interface IdGenerator {

    UUID newId();
}
