package dev.tracking.adapter.jdbi;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The adapter's place in the hexagon, and its public surface. */
@AnalyzeClasses(packages = "dev.tracking.adapter.jdbi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule usesOnlyTheCoresDomainAndOutboundPorts = noClasses()
            .that().resideInAPackage("dev.tracking.adapter.jdbi..")
            .should().dependOnClassesThat(resideInAPackage("dev.tracking.core..")
                    .and(not(resideInAnyPackage("dev.tracking.core.domain..", "dev.tracking.core.port.out.."))))
            .because("an adapter implements the core's outbound ports and sees nothing of its application,"
                    + " inbound ports or internals");

    @ArchTest
    static final ArchRule onlyTheEntryClassAndItsBuilderArePublic = classes()
            .that().resideInAPackage("dev.tracking.adapter.jdbi..").and().doNotBelongToAnyOf(JdbiPersistence.class)
            .should().notBePublic()
            .because("hosts configure the adapter through JdbiPersistence and its builder alone");

    @ArchTest
    static final ArchRule noClassOfTheAdapterLivesElsewhere = classes()
            .that().resideInAPackage("dev.tracking.adapter.jdbi..")
            .should().resideInAPackage("dev.tracking.adapter.jdbi")
            .because("package-private classes must share the entry class's package");
}
