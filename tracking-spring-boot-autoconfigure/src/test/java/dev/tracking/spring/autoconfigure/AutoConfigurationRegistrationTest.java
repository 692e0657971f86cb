package dev.tracking.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.core.annotation.AnnotatedElementUtils;

/** Spring Boot's rules for third-party auto-configuration, checked on every class of this package. */
class AutoConfigurationRegistrationTest {

    private static final String IMPORTS =
            "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

    /** Beans that are infrastructure rather than ports a host would replace. */
    private static final Set<String> NOT_REPLACEABLE = Set.of("trackingPersistenceDependsOnSchemaMigration");

    @Test
    void everyAutoConfigurationIsListedInTheImportsFile() throws IOException {
        List<String> listed = imports();
        assertThat(listed).contains(Arrays.stream(TestContexts.AUTO_CONFIGURATIONS).map(Class::getName)
                .toArray(String[]::new));
        assertThat(listed).doesNotHaveDuplicates();
        for (String name : listed) {
            assertThat(name).as("listed auto-configurations live in the module's packages")
                    .startsWith("dev.tracking.spring.");
        }
    }

    @Test
    void theyAreAutoConfigurationsWithoutComponentScanning() {
        for (Class<?> type : TestContexts.AUTO_CONFIGURATIONS) {
            assertThat(AnnotatedElementUtils.hasAnnotation(type, AutoConfiguration.class)).as(type.getName())
                    .isTrue();
            assertThat(AnnotatedElementUtils.hasAnnotation(type, ComponentScan.class)).as(type.getName())
                    .isFalse();
        }
    }

    @Test
    void thePersistenceOnesComeAfterTheDataSource() {
        for (Class<?> type : List.of(TrackingSchemaAutoConfiguration.class, TrackingJdbiAutoConfiguration.class,
                TrackingJpaAutoConfiguration.class)) {
            AutoConfiguration annotation = type.getAnnotation(AutoConfiguration.class);
            assertThat(annotation.after()).as(type.getName()).contains(DataSourceAutoConfiguration.class);
        }
    }

    @Test
    void everyBeanBacksOffForTheHostsOwn() {
        List<String> unconditional = new ArrayList<>();
        for (Class<?> type : TestContexts.AUTO_CONFIGURATIONS) {
            Stream.concat(Stream.of(type), Arrays.stream(type.getDeclaredClasses())).forEach(configuration -> {
                for (Method method : configuration.getDeclaredMethods()) {
                    if (!method.isAnnotationPresent(Bean.class) || NOT_REPLACEABLE.contains(method.getName())) {
                        continue;
                    }
                    if (!method.isAnnotationPresent(ConditionalOnMissingBean.class)) {
                        unconditional.add(configuration.getSimpleName() + "." + method.getName());
                    }
                    assertThat(Modifier.isPublic(method.getModifiers())).as(method.toString()).isTrue();
                }
            });
        }
        assertThat(unconditional).isEmpty();
    }

    private static List<String> imports() throws IOException {
        try (InputStream in = AutoConfigurationRegistrationTest.class.getResourceAsStream(IMPORTS)) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }
}
