package dev.tracking.core.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.port.out.WorkflowDefinitionRepository;
import java.time.Duration;
import java.util.Optional;

/**
 * The workflow definitions, cached. A version never changes once stored, so versions are kept until evicted by size;
 * which version is the latest is kept for {@link #DEFAULT_LATEST_TTL} (a version defined on another node is used for
 * new MAWBs within it) and forgotten at once when this node defines one.
 */
public final class WorkflowDefinitions {

    /** How long this node keeps believing a version is a code's latest. */
    public static final Duration DEFAULT_LATEST_TTL = Duration.ofMinutes(1);
    private static final long MAX_VERSIONS = 1_000;

    private final WorkflowDefinitionRepository repository;
    private final Cache<VersionKey, WorkflowDefinition> versions;
    private final Cache<String, Integer> latest;

    WorkflowDefinitions(WorkflowDefinitionRepository repository, Duration latestTtl) {
        this.repository = repository;
        this.versions = Caffeine.newBuilder().maximumSize(MAX_VERSIONS).build();
        this.latest = Caffeine.newBuilder().expireAfterWrite(latestTtl).build();
    }

    /** One version of a definition. */
    WorkflowDefinition version(String code, int version) {
        VersionKey key = new VersionKey(code, version);
        WorkflowDefinition cached = versions.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        WorkflowDefinition found = repository.find(code, version)
                .orElseThrow(() -> new NotFoundException("workflow definition", code + " v" + version));
        versions.put(key, found);
        return found;
    }

    /** The latest version of a code, if any. */
    Optional<WorkflowDefinition> latest(String code) {
        Integer version = latest.getIfPresent(code);
        if (version != null) {
            return Optional.of(version(code, version));
        }
        Optional<WorkflowDefinition> found = repository.findLatest(code);
        found.ifPresent(definition -> {
            versions.put(new VersionKey(code, definition.version()), definition);
            latest.put(code, definition.version());
        });
        return found;
    }

    /** Forgets which versions are the latest, after a new one was defined. */
    void invalidate() {
        latest.invalidateAll();
    }

    private record VersionKey(String code, int version) {
    }
}
