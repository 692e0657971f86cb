package dev.tracking.spring.web;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.workflow.DefaultWorkflows;
import dev.tracking.core.port.out.ActorProvider;
import dev.tracking.core.port.out.AttachmentStorage;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.SettableClock;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.inmemory.InMemoryPersistence;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A minimal host of the REST API: Spring MVC, Jackson, multipart, springdoc and Spring Security (HTTP Basic, the
 * problem-details entry point and access-denied handler), with a platform over in-memory persistence. It provides what
 * the platform's auto-configuration would: the {@link TrackingPlatform}, an {@link AttachmentStorage} and a
 * {@link Clock}. The acting user is Spring Security's principal; their roles are its {@code ROLE_} authorities.
 *
 * <p>Roles: {@value #ADMIN} holds every feature; {@value #VIEWER} every {@code .read} feature; {@value #UPLOADER}
 * only {@code attachments.write}.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
@ImportAutoConfiguration({
    PropertyPlaceholderAutoConfiguration.class,
    JacksonAutoConfiguration.class,
    HttpMessageConvertersAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    WebMvcAutoConfiguration.class,
    MultipartAutoConfiguration.class,
    org.springdoc.core.configuration.SpringDocConfiguration.class,
    org.springdoc.core.properties.SpringDocConfigProperties.class,
    org.springdoc.core.configuration.SpringDocSpecPropertiesConfiguration.class,
    org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration.class,
    org.springdoc.webmvc.core.configuration.MultipleOpenApiSupportConfiguration.class,
    org.springdoc.webmvc.ui.SwaggerConfig.class,
    org.springdoc.core.properties.SwaggerUiConfigProperties.class,
    org.springdoc.core.properties.SwaggerUiOAuthProperties.class,
    TrackingWebAutoConfiguration.class})
public class WebTestApplication {

    static final String ADMIN = "admin";
    static final String VIEWER = "viewer";
    static final String UPLOADER = "uploader";
    static final String PASSWORD = "s3cret-pass";

    /** Where the clock stands: after TestData's default LH430 flight. */
    static final Instant NOW = Instant.parse("2025-03-16T12:00:00Z");

    @Bean
    SettableClock clock() {
        return new SettableClock(NOW);
    }

    @Bean
    PersistencePorts persistencePorts() {
        PersistencePorts ports = InMemoryPersistence.create();
        for (Feature feature : Feature.values()) {
            ports.permissions().saveFeature(feature.code(), feature.description());
            grant(ports, ADMIN, feature.code());
            if (feature.code().endsWith(".read")) {
                grant(ports, VIEWER, feature.code());
            }
        }
        grant(ports, UPLOADER, Feature.ATTACHMENTS_WRITE.code());
        ports.workflowDefinitions().insert(DefaultWorkflows.usAirImport());
        ports.carriers().insert(TestData.carrier());
        return ports;
    }

    private static void grant(PersistencePorts ports, String role, String feature) {
        ports.permissions().insertGrant(new RoleGrant(role, feature, NOW, Actor.SYSTEM_USER));
    }

    /** The signed-in user and the roles of their {@code ROLE_} authorities. */
    @Bean
    ActorProvider springSecurityActor() {
        return () -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
                return Actor.user("anonymous");
            }
            Set<String> roles = authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(a -> a.startsWith("ROLE_"))
                    .map(a -> a.substring("ROLE_".length()))
                    .collect(Collectors.toSet());
            return new Actor(authentication.getName(), roles);
        };
    }

    @Bean
    TrackingPlatform trackingPlatform(PersistencePorts ports, SettableClock clock, ActorProvider actors) {
        return TrackingPlatform.builder()
                .persistence(ports)
                .clock(clock)
                .actorProvider(actors)
                .permissionCacheTtl(Duration.ZERO)
                .build();
    }

    @Bean
    RecordingAttachmentStorage attachmentStorage() throws IOException {
        return new RecordingAttachmentStorage(Files.createTempDirectory("tracking-web-test-"));
    }

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("anna").password("{noop}" + PASSWORD).roles(ADMIN).build(),
                User.withUsername("victor").password("{noop}" + PASSWORD).roles(VIEWER).build());
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler accessDenied) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/api/v1/forbidden-by-host/**").denyAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .sessionManagement(Customizer.withDefaults());
        return http.build();
    }

    static Set<String> everyFeature() {
        return Arrays.stream(Feature.values()).map(Feature::code).collect(Collectors.toSet());
    }
}
