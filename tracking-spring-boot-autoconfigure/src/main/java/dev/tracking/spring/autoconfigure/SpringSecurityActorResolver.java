package dev.tracking.spring.autoconfigure;

import dev.tracking.core.domain.common.Actor;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The signed-in user from Spring Security: the authenticated principal's name as the user id, and each authority
 * {@code ROLE_x} as role {@code x} (other authorities, such as OAuth2 scopes, are not roles). An anonymous or
 * unauthenticated {@link Authentication} is nobody.
 */
public class SpringSecurityActorResolver implements AuthenticatedActorResolver {

    /** The prefix of the authorities that are roles. */
    public static final String ROLE_PREFIX = "ROLE_";

    private final Supplier<SecurityContextHolderStrategy> strategy;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    /** Reads the security context through {@code strategy} (looked up on every call). */
    public SpringSecurityActorResolver(Supplier<SecurityContextHolderStrategy> strategy) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
    }

    @Override
    public Optional<Actor> currentActor() {
        SecurityContext context = strategy.get().getContext();
        Authentication authentication = context == null ? null : context.getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || trust.isAnonymous(authentication)) {
            return Optional.empty();
        }
        String name = authentication.getName();
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Set<String> roles = new LinkedHashSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String granted = authority.getAuthority();
            if (granted != null && granted.startsWith(ROLE_PREFIX) && granted.length() > ROLE_PREFIX.length()) {
                roles.add(granted.substring(ROLE_PREFIX.length()));
            }
        }
        return Optional.of(new Actor(name, roles));
    }

    @Override
    public String toString() {
        return "SpringSecurityActorResolver";
    }
}
