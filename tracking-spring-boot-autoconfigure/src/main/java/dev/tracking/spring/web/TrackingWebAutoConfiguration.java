package dev.tracking.spring.web;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.port.out.AttachmentStorage;
import dev.tracking.spring.web.api.AttachmentController;
import dev.tracking.spring.web.api.AuditController;
import dev.tracking.spring.web.api.BillController;
import dev.tracking.spring.web.api.CarrierController;
import dev.tracking.spring.web.api.ConditionalRequests;
import dev.tracking.spring.web.api.DashboardController;
import dev.tracking.spring.web.api.EventController;
import dev.tracking.spring.web.api.FileTypeController;
import dev.tracking.spring.web.api.HawbController;
import dev.tracking.spring.web.api.JobController;
import dev.tracking.spring.web.api.MawbController;
import dev.tracking.spring.web.api.PermissionController;
import dev.tracking.spring.web.api.WorkflowController;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.DispatcherServlet;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API under {@code /api/v1} over the host's {@link TrackingPlatform}: the controllers (imported one by one,
 * no component scan), problem details for every error ({@link TrackingProblemHandler},
 * {@link ApiProblemExceptionResolver}), ETags and If-Match ({@link ConditionalRequests}) and the OpenAPI document
 * (with springdoc on the classpath). Authentication is the host's: the platform's {@code ActorProvider} says who acts,
 * and every route runs a use case that checks its permission feature. Off with {@code tracking.web.enabled=false}.
 */
@AutoConfiguration(afterName = {
    "dev.tracking.spring.autoconfigure.TrackingPlatformAutoConfiguration",
    "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, JsonMapper.class})
@ConditionalOnBean(TrackingPlatform.class)
@ConditionalOnProperty(prefix = "tracking.web", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(TrackingWebProperties.class)
@Import({
    MawbController.class,
    HawbController.class,
    WorkflowController.class,
    JobController.class,
    CarrierController.class,
    FileTypeController.class,
    DashboardController.class,
    AuditController.class,
    BillController.class,
    PermissionController.class,
    TrackingProblemHandler.class,
    TrackingWebAutoConfiguration.Attachments.class,
    TrackingWebAutoConfiguration.Security.class,
    TrackingOpenApiConfiguration.class})
public class TrackingWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ProblemMapper trackingProblemMapper() {
        return new ProblemMapper();
    }

    @Bean
    @ConditionalOnMissingBean
    public ApiProblemExceptionResolver trackingApiProblemExceptionResolver(ProblemMapper problems,
            ObjectProvider<ObjectMapper> mapper) {
        return new ApiProblemExceptionResolver(problems, new ProblemJsonWriter(mapper.getIfAvailable()));
    }

    @Bean
    @ConditionalOnMissingBean
    public ConditionalRequests trackingConditionalRequests(TrackingWebProperties properties) {
        return new ConditionalRequests(properties.isRequireIfMatch());
    }

    /** The event routes read one event or a batch with the host's JSON mapper (or a default one). */
    @Bean
    @ConditionalOnMissingBean
    public EventController trackingEventController(TrackingPlatform platform, ObjectProvider<ObjectMapper> mapper) {
        return new EventController(platform, mapper.getIfAvailable(() -> JsonMapper.builder().build()));
    }

    /** Uploads and downloads, where the host provides an {@link AttachmentStorage}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(AttachmentStorage.class)
    @Import(AttachmentController.class)
    static class Attachments {
    }

    /** Problem details for the host's Spring Security: 401 and 403 handlers to plug into its filter chain. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.security.web.AuthenticationEntryPoint")
    static class Security {

        @Bean
        @ConditionalOnMissingBean
        public ProblemAuthenticationEntryPoint trackingProblemAuthenticationEntryPoint(
                ObjectProvider<ObjectMapper> mapper) {
            return new ProblemAuthenticationEntryPoint(mapper.getIfAvailable(), null);
        }

        @Bean
        @ConditionalOnMissingBean
        public ProblemAccessDeniedHandler trackingProblemAccessDeniedHandler(ObjectProvider<ObjectMapper> mapper) {
            return new ProblemAccessDeniedHandler(mapper.getIfAvailable());
        }
    }
}
