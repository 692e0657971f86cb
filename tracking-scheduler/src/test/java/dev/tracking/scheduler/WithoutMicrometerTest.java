package dev.tracking.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.port.out.JobStore;
import dev.tracking.testsupport.inmemory.InMemoryPersistence;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.simple.SimpleServiceProvider;

/** Micrometer is optional: the engine runs in a class loader that has none of it. */
class WithoutMicrometerTest {

    @Test
    void theEngineRunsJobsWithoutMicrometerOnTheClassPath() throws Exception {
        List<URL> classPath = List.of(codeSourceOf(TrackingScheduler.class), codeSourceOf(NoMicrometerProbe.class),
                codeSourceOf(JobStore.class), codeSourceOf(InMemoryPersistence.class),
                codeSourceOf(LoggerFactory.class), codeSourceOf(SimpleServiceProvider.class));
        assertThat(classPath).noneMatch(url -> url.toString().contains("micrometer"));

        try (URLClassLoader isolated = new URLClassLoader(classPath.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> isolated.loadClass("io.micrometer.core.instrument.MeterRegistry"))
                    .isInstanceOf(ClassNotFoundException.class);
            Class<?> probe = isolated.loadClass(NoMicrometerProbe.class.getName());
            assertThat(probe.getClassLoader()).isSameAs(isolated);

            Object status = probe.getMethod("runOneJob").invoke(null);

            assertThat(status).isEqualTo("COMPLETED");
        }
    }

    private static URL codeSourceOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
