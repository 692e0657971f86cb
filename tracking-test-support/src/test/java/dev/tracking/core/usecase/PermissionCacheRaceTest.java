package dev.tracking.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.port.in.permission.GrantFeatureCommand;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.inmemory.InMemoryPermissionRepository;
import dev.tracking.testsupport.inmemory.InMemoryPersistence;
import dev.tracking.testsupport.inmemory.InMemoryStore;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * An evaluation that was being computed while a permission changed on the same node is never served after the change,
 * even with a long cache time-to-live.
 */
class PermissionCacheRaceTest {

    @Test
    void anEvaluationComputedAcrossAChangeIsNotServedAfterIt() throws Exception {
        InMemoryStore store = new InMemoryStore();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        AtomicBoolean blockNextRead = new AtomicBoolean(false);
        InMemoryPermissionRepository slowReads = new InMemoryPermissionRepository(store) {
            @Override
            public Set<String> featuresOfRoles(Collection<String> roles) {
                Set<String> features = super.featuresOfRoles(roles);
                if (roles.contains("clerk") && blockNextRead.getAndSet(false)) {
                    reading.countDown();
                    await(changed);
                }
                return features;
            }
        };
        PersistencePorts ports = InMemoryPersistence.create(store).withPermissions(slowReads);
        PlatformFixture.grantEveryFeature(ports.permissions(), "admin", PlatformFixture.DEFAULT_NOW);
        Clock clock = Clock.fixed(PlatformFixture.DEFAULT_NOW, ZoneOffset.UTC);
        ThreadLocal<Actor> actor = ThreadLocal.withInitial(() -> Actor.user("boss", "admin"));
        TrackingPlatform platform = PlatformFixture.builderOver(ports).actorProvider(actor::get).clock(clock)
                .permissionCacheTtl(Duration.ofHours(1)).build();

        blockNextRead.set(true);
        CompletableFuture<Set<String>> staleRead = CompletableFuture.supplyAsync(() -> {
            actor.set(Actor.user("clara", "clerk"));
            return platform.permissions().myFeatures();
        });
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        platform.permissions().grant(new GrantFeatureCommand("clerk", Feature.MAWB_READ.code()));
        changed.countDown();

        assertThat(staleRead.get(10, TimeUnit.SECONDS)).doesNotContain(Feature.MAWB_READ.code());
        actor.set(Actor.user("clara", "clerk"));
        assertThat(platform.permissions().myFeatures()).contains(Feature.MAWB_READ.code());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
