package dev.tracking.spring.autoconfigure;

import dev.tracking.core.port.out.TrackingPersistence;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Takes the platform's actor from Spring Security when it is on the class path: the authenticated principal's name,
 * with its {@code ROLE_x} authorities as roles {@code x} (see {@link SpringSecurityActorResolver} and
 * {@link ScopedActorProvider}). A {@link SecurityContextHolderStrategy} bean is used when there is one.
 */
@AutoConfiguration(after = {TrackingJdbiAutoConfiguration.class, TrackingJpaAutoConfiguration.class})
@ConditionalOnClass(SecurityContextHolder.class)
@ConditionalOnBean(TrackingPersistence.class)
public class TrackingSecurityAutoConfiguration {

    /** The signed-in user from Spring Security's context. */
    @Bean
    @ConditionalOnMissingBean(AuthenticatedActorResolver.class)
    public SpringSecurityActorResolver trackingAuthenticatedActorResolver(
            ObjectProvider<SecurityContextHolderStrategy> strategy) {
        return new SpringSecurityActorResolver(
                () -> strategy.getIfUnique(SecurityContextHolder::getContextHolderStrategy));
    }
}
