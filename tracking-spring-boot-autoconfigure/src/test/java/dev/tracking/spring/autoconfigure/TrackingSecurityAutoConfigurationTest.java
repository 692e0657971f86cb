package dev.tracking.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.domain.common.PermissionDeniedException;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import dev.tracking.core.port.out.ActorProvider;
import dev.tracking.testsupport.TestData;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

/** The actor: the Spring Security principal, the engine's system actor, or anonymous and refused. */
class TrackingSecurityAutoConfigurationTest {

    private final ApplicationContextRunner runner = TestContexts.h2Runner()
            .withPropertyValues("tracking.scheduler.enabled=false");

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theActorIsTheAuthenticatedPrincipalWithItsRoles() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(SpringSecurityActorResolver.class);
            signIn(new TestingAuthenticationToken("jane", "password", "ROLE_operator", "SCOPE_tracking.read"));
            assertThat(context.getBean(ActorProvider.class).currentActor())
                    .isEqualTo(new Actor("jane", Set.of("operator")));
            Mawb mawb = context.getBean(TrackingPlatform.class).mawbs().create(
                    new CreateMawbCommand(TestData.awbNumber(1234567), TestData.mawbDetails()));
            assertThat(context.getBean(TrackingPlatform.class).mawbs().get(mawb.id())).isNotNull();
        });
    }

    @Test
    void aRoleWithoutTheFeatureIsRefused() {
        runner.run(context -> {
            signIn(new TestingAuthenticationToken("vic", "password", "ROLE_viewer"));
            TrackingPlatform platform = context.getBean(TrackingPlatform.class);
            assertThat(platform.jobs().statistics()).isNotNull();
            assertThatThrownBy(() -> platform.mawbs().create(
                    new CreateMawbCommand(TestData.awbNumber(1234567), TestData.mawbDetails())))
                    .isInstanceOfSatisfying(PermissionDeniedException.class, denied -> {
                        assertThat(denied.feature()).isEqualTo("mawb.write");
                        assertThat(denied.userId()).isEqualTo("vic");
                    });
        });
    }

    @Test
    void nobodySignedInIsAnonymousAndRefused() {
        runner.run(context -> {
            assertThat(context.getBean(ActorProvider.class).currentActor())
                    .isEqualTo(ScopedActorProvider.anonymous());
            assertThat(ScopedActorProvider.anonymous().roles()).isEmpty();
            TrackingPlatform platform = context.getBean(TrackingPlatform.class);
            assertThatThrownBy(() -> platform.jobs().statistics()).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> platform.carriers().list()).isInstanceOf(PermissionDeniedException.class);
        });
    }

    @Test
    void anAnonymousOrUnauthenticatedTokenIsNobody() {
        runner.run(context -> {
            ActorProvider actors = context.getBean(ActorProvider.class);
            signIn(new AnonymousAuthenticationToken("key", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            assertThat(actors.currentActor()).isEqualTo(ScopedActorProvider.anonymous());
            TestingAuthenticationToken unauthenticated = new TestingAuthenticationToken("mallory", "password",
                    "ROLE_admin");
            unauthenticated.setAuthenticated(false);
            signIn(unauthenticated);
            assertThat(actors.currentActor()).isEqualTo(ScopedActorProvider.anonymous());
        });
    }

    @Test
    void theScopedActorComesBeforeTheSignedInUser() {
        runner.run(context -> {
            signIn(new TestingAuthenticationToken("jane", "password", "ROLE_operator"));
            ScopedActorProvider actors = context.getBean(ScopedActorProvider.class);
            assertThat(actors.callAs(Actor.system(), actors::currentActor)).isEqualTo(Actor.system());
            assertThat(actors.currentActor().userId()).isEqualTo("jane");
        });
    }

    @Test
    void aSecurityContextHolderStrategyBeanIsUsed() {
        SecurityContextHolderStrategy strategy = new SecurityContextHolderStrategy() {
            @Override
            public void clearContext() {
            }

            @Override
            public org.springframework.security.core.context.SecurityContext getContext() {
                return new SecurityContextImpl(new TestingAuthenticationToken("strategy-user", "pw", "ROLE_viewer"));
            }

            @Override
            public void setContext(org.springframework.security.core.context.SecurityContext context) {
            }

            @Override
            public org.springframework.security.core.context.SecurityContext createEmptyContext() {
                return new SecurityContextImpl();
            }
        };
        runner.withBean(SecurityContextHolderStrategy.class, () -> strategy).run(context -> assertThat(
                context.getBean(ActorProvider.class).currentActor())
                .isEqualTo(new Actor("strategy-user", Set.of("viewer"))));
    }

    @Test
    void withoutSpringSecurityEveryoneOutsideTheEngineIsAnonymous() {
        runner.withClassLoader(new FilteredClassLoader(SecurityContextHolder.class)).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(AuthenticatedActorResolver.class)
                    .hasSingleBean(ScopedActorProvider.class);
            assertThat(context.getBean(ActorProvider.class).currentActor())
                    .isEqualTo(ScopedActorProvider.anonymous());
        });
    }

    @Test
    void aHostsResolverReplacesSpringSecurity() {
        runner.withBean(AuthenticatedActorResolver.class, () -> () -> Optional.of(Actor.user("host", "operator")))
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(SpringSecurityActorResolver.class);
                    signIn(new TestingAuthenticationToken("jane", "password", "ROLE_operator"));
                    assertThat(context.getBean(ActorProvider.class).currentActor().userId()).isEqualTo("host");
                });
    }

    private static void signIn(org.springframework.security.core.Authentication authentication) {
        SecurityContextHolder.setContext(new SecurityContextImpl(authentication));
    }
}
