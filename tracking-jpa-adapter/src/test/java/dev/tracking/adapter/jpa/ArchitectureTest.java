package dev.tracking.adapter.jpa;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/**
 * The hexagon's rules for this adapter: it uses the core's domain and outbound ports only (never its application
 * services or internals), and its only public types are its entry class and that class's builder.
 */
class ArchitectureTest {

    private static final String ADAPTER_PACKAGE = "dev.tracking.adapter.jpa..";

    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tracking.adapter.jpa");

    @Test
    void theAdapterNeverUsesTheCoresApplicationOrInternals() {
        noClasses().that().resideInAPackage(ADAPTER_PACKAGE)
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.tracking.core.application..", "dev.tracking.core.internal..")
                .check(ADAPTER);
    }

    @Test
    void ofTheCoreTheAdapterUsesOnlyTheDomainAndTheOutboundPorts() {
        classes().that().resideInAPackage(ADAPTER_PACKAGE)
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("dev.tracking.core..")
                        .or(resideInAnyPackage("dev.tracking.core.domain..", "dev.tracking.core.port.out..")))
                .check(ADAPTER);
    }

    @Test
    void onlyTheEntryClassAndItsBuilderArePublic() {
        noClasses().that().resideInAPackage(ADAPTER_PACKAGE).and().doNotBelongToAnyOf(JpaPersistence.class)
                .should().bePublic()
                .check(ADAPTER);
    }

    @Test
    void entitiesArePackagePrivate() {
        classes().that().areAnnotatedWith(Entity.class)
                .should().notBePublic()
                .andShould().resideInAPackage(ADAPTER_PACKAGE)
                .check(ADAPTER);
    }
}
