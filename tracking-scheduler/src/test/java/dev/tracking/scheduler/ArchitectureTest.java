package dev.tracking.scheduler;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The module's place in the hexagon, its public surface, and its rules for time and Micrometer. */
@AnalyzeClasses(packages = "dev.tracking.scheduler", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule usesTheCoreOnlyThroughItsDomainAndPorts = noClasses()
            .should().dependOnClassesThat(resideInAPackage("dev.tracking.core..")
                    .and(not(resideInAnyPackage("dev.tracking.core.domain..", "dev.tracking.core.port.."))))
            .because("the engine and its handlers drive the core through its ports, not its internals");

    @ArchTest
    static final ArchRule onlyTheMicrometerBindingSeesMicrometer = noClasses()
            .that().doNotBelongToAnyOf(MicrometerSchedulerMetrics.class)
            .should().dependOnClassesThat().resideInAPackage("io.micrometer..")
            .because("Micrometer is optional: only a host that passes MicrometerSchedulerMetrics loads it");

    @ArchTest
    static final ArchRule theEngineKnowsNoBuiltInHandler = noClasses()
            .that().resideInAPackage("dev.tracking.scheduler")
            .should().dependOnClassesThat().resideInAPackage("dev.tracking.scheduler.handlers..");

    @ArchTest
    static final ArchRule onlyTheApiIsPublic = classes()
            .that().resideInAPackage("dev.tracking.scheduler")
            .and().doNotBelongToAnyOf(TrackingScheduler.class, JobHandler.class, JobContext.class,
                    PermanentJobFailure.class, Backoff.class, RecurringJob.class, Schedule.class,
                    SchedulerMetrics.class, SchedulerView.class, JobOutcome.class, MicrometerSchedulerMetrics.class)
            .should().notHaveModifier(JavaModifier.PUBLIC)
            .because("hosts configure the engine through TrackingScheduler's builder; the rest is its implementation");

    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses()
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("due times, leases and retries follow the injected java.time.Clock");
}
