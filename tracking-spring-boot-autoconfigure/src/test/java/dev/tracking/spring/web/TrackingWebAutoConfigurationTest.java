package dev.tracking.spring.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.Actor;
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
import dev.tracking.testsupport.inmemory.InMemoryPersistence;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.util.unit.DataSize;

class TrackingWebAutoConfigurationTest {

    @TempDir
    Path directory;

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                    TrackingWebAutoConfiguration.class));

    private static TrackingPlatform platform() {
        return TrackingPlatform.builder().persistence(InMemoryPersistence.create())
                .actorProvider(Actor::system).build();
    }

    @Test
    void serves_the_api_over_the_hosts_platform() {
        web.withBean(TrackingPlatform.class, TrackingWebAutoConfigurationTest::platform)
                .withBean(AttachmentStorage.class, () -> RecordingStorage.in(directory))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    for (Class<?> type : new Class<?>[] {MawbController.class, HawbController.class,
                        EventController.class, WorkflowController.class, JobController.class, CarrierController.class,
                        FileTypeController.class, DashboardController.class, AuditController.class,
                        BillController.class, PermissionController.class, AttachmentController.class,
                        TrackingProblemHandler.class, ApiProblemExceptionResolver.class, ProblemMapper.class,
                        ConditionalRequests.class, ProblemAuthenticationEntryPoint.class,
                        ProblemAccessDeniedHandler.class}) {
                        assertThat(context).hasSingleBean(type);
                    }
                    assertThat(context.getBean(TrackingWebProperties.class).getMaxUploadSize())
                            .isEqualTo(DataSize.ofMegabytes(20));
                });
    }

    @Test
    void leaves_out_the_attachment_routes_without_a_storage() {
        web.withBean(TrackingPlatform.class, TrackingWebAutoConfigurationTest::platform)
                .run(context -> {
                    assertThat(context).hasSingleBean(MawbController.class);
                    assertThat(context).doesNotHaveBean(AttachmentController.class);
                });
    }

    @Test
    void backs_off_without_a_platform_when_disabled_or_outside_a_web_application() {
        web.run(context -> assertThat(context).doesNotHaveBean(MawbController.class));
        web.withBean(TrackingPlatform.class, TrackingWebAutoConfigurationTest::platform)
                .withPropertyValues("tracking.web.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(MawbController.class));
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(TrackingWebAutoConfiguration.class))
                .withBean(TrackingPlatform.class, TrackingWebAutoConfigurationTest::platform)
                .run(context -> assertThat(context).doesNotHaveBean(MawbController.class));
    }

    @Test
    void binds_its_properties_and_keeps_the_hosts_own_beans() {
        ProblemMapper own = new ProblemMapper();
        web.withBean(TrackingPlatform.class, TrackingWebAutoConfigurationTest::platform)
                .withBean(ProblemMapper.class, () -> own)
                .withPropertyValues("tracking.web.max-upload-size=5MB", "tracking.web.require-if-match=false")
                .run(context -> {
                    assertThat(context.getBean(TrackingWebProperties.class).getMaxUploadSize())
                            .isEqualTo(DataSize.ofMegabytes(5));
                    assertThat(context.getBean(TrackingWebProperties.class).isRequireIfMatch()).isFalse();
                    assertThat(context.getBean(ProblemMapper.class)).isSameAs(own);
                    assertThat(context.getBean(ConditionalRequests.class).expectedVersion(null, () -> 7))
                            .isEqualTo(7);
                });
    }

    /** The file-system storage. */
    private static final class RecordingStorage {
        static AttachmentStorage in(Path directory) {
            return dev.tracking.core.storage.FileSystemAttachmentStorage.in(directory);
        }
    }
}
