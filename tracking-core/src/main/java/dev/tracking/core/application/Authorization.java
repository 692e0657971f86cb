package dev.tracking.core.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.domain.common.PermissionDeniedException;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.permission.PermissionPolicy;
import dev.tracking.core.domain.permission.UserOverride;
import dev.tracking.core.port.out.ActorProvider;
import dev.tracking.core.port.out.PermissionRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks that the acting user has a feature. What a user has is evaluated by {@link PermissionPolicy} and cached per
 * user and role set; the cache is cleared on every permission change made through this node and entries expire after
 * a bounded time, so changes made on other nodes take effect within it. An evaluation is also dropped as soon as one of
 * the overrides it counted expires by the platform's clock, so an expired override never counts.
 */
public final class Authorization {

    /** How long an evaluation is kept before it is read again (other nodes' changes arrive within this). */
    public static final Duration DEFAULT_CACHE_TTL = Duration.ofSeconds(30);
    public static final long DEFAULT_CACHE_SIZE = 10_000;

    private final PermissionRepository permissions;
    private final ActorProvider actors;
    private final Clock clock;
    private final PermissionPolicy policy = new PermissionPolicy();
    private final Cache<CacheKey, Evaluation> cache;
    /**
     * Bumped by every change: evaluations are cached under the generation they started in, so one that was computed
     * while a change landed is never read after it.
     */
    private final AtomicLong generation = new AtomicLong();

    public Authorization(PermissionRepository permissions, ActorProvider actors, Clock clock, Duration cacheTtl) {
        this.permissions = permissions;
        this.actors = actors;
        this.clock = clock;
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(cacheTtl)
                .maximumSize(DEFAULT_CACHE_SIZE)
                .build();
    }

    /** @throws PermissionDeniedException naming the feature when the acting user lacks it */
    public Actor require(Feature feature) {
        return require(feature.code());
    }

    /**
     * Checks a feature by its code, such as one a host's workflow step names.
     *
     * @throws PermissionDeniedException naming the feature when the acting user lacks it
     */
    public Actor require(String featureCode) {
        Actor actor = actors.currentActor();
        if (!featuresOf(actor.userId(), actor.roles()).contains(featureCode)) {
            throw new PermissionDeniedException(featureCode, actor.userId());
        }
        return actor;
    }

    /** The features a user with these roles has now. */
    public Set<String> featuresOf(String userId, Set<String> roles) {
        CacheKey key = new CacheKey(generation.get(), userId, Set.copyOf(roles));
        Instant now = clock.instant();
        Evaluation evaluation = cache.get(key, k -> evaluate(k, now));
        if (!evaluation.isCurrentAt(now)) {
            cache.asMap().remove(key, evaluation);
            evaluation = cache.get(key, k -> evaluate(k, now));
        }
        return evaluation.features();
    }

    private Evaluation evaluate(CacheKey key, Instant now) {
        List<UserOverride> overrides = permissions.overridesOf(key.userId());
        Instant validUntil = overrides.stream()
                .filter(o -> o.isActiveAt(now) && o.expiresAt() != null)
                .map(UserOverride::expiresAt)
                .min(Comparator.naturalOrder())
                .orElse(null);
        return new Evaluation(policy.effectiveFeatures(permissions.featuresOfRoles(key.roles()), overrides, now),
                validUntil);
    }

    /** Forgets every evaluation, after a change of grants or overrides. */
    public void invalidate() {
        generation.incrementAndGet();
        cache.invalidateAll();
    }

    private record CacheKey(long generation, String userId, Set<String> roles) {
    }

    /** What a user has, and until when at most: the first expiry of an override it counted (null for none). */
    private record Evaluation(Set<String> features, Instant validUntil) {

        boolean isCurrentAt(Instant now) {
            return validUntil == null || now.isBefore(validUntil);
        }
    }
}
