package dev.tracking.sample.boot;

import dev.tracking.spring.web.ProblemAccessDeniedHandler;
import dev.tracking.spring.web.ProblemAuthenticationEntryPoint;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.ObjectMapper;

/**
 * Who may call the sample: three demo users over HTTP Basic, stateless, with every refusal as
 * {@code application/problem+json}.
 *
 * <p>Spring Security only authenticates here; what each user may do is the platform's decision. The tracking
 * auto-configuration turns the signed-in user into the platform's actor (the user name, and each {@code ROLE_x}
 * authority as role {@code x}), and every use case checks a permission feature of those roles. The schema seeds the
 * roles {@code admin} (every feature), {@code operator} (the day-to-day work) and {@code viewer} (read only); an
 * administrator changes them at run time under {@code /api/v1/permissions}.
 *
 * <p><strong>Demo only:</strong> the users live in memory with their passwords in plain text ({@code {noop}}). A real
 * host signs its users in against its directory (LDAP, OAuth2 / OpenID Connect, a user table with hashed passwords)
 * and maps their groups to roles.
 */
@Configuration(proxyBeanMethods = false)
class SampleSecurityConfiguration {

    /** The name of the HTTP Basic security scheme in the OpenAPI document (Swagger UI's Authorize button). */
    static final String BASIC_AUTH = "basicAuth";

    /**
     * The demo users: each signs in with its name as password and holds the role of the same name.
     *
     * <p>Exposed as a plain {@link UserDetailsService} rather than the {@link InMemoryUserDetailsManager} itself:
     * Spring Security would otherwise "upgrade" the {@code {noop}} passwords to bcrypt after the first sign-in, and
     * every stateless HTTP Basic request would pay for a bcrypt check from then on.
     */
    @Bean
    UserDetailsService demoUsers() {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
                User.withUsername("admin").password("{noop}admin").roles("admin").build(),
                User.withUsername("operator").password("{noop}operator").roles("operator").build(),
                User.withUsername("viewer").password("{noop}viewer").roles("viewer").build());
        return users::loadUserByUsername;
    }

    /** 401 as problem details, with the Basic challenge so that browsers (and Swagger UI) ask for a login. */
    @Bean
    ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ObjectProvider<ObjectMapper> mapper) {
        return new ProblemAuthenticationEntryPoint(mapper.getIfAvailable(), "Basic realm=\"tracking\"");
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemAuthenticationEntryPoint unauthenticated,
            ProblemAccessDeniedHandler denied) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/error").permitAll()
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("admin")
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // a stateless API authenticated on every request (no cookies) is not exposed to CSRF
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /** HTTP Basic in the OpenAPI document, for every operation: Swagger UI's Authorize button then signs in. */
    @Bean
    OpenApiCustomizer basicAuthSecurityScheme() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(BASIC_AUTH, new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("Demo users: admin/admin, operator/operator, viewer/viewer"));
            if (openApi.getSecurity() == null || openApi.getSecurity().isEmpty()) {
                openApi.addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
            }
        };
    }
}
