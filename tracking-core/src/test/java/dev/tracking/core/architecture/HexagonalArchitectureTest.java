package dev.tracking.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.tracking.core.internal.BuiltInAirportTimeZones;
import dev.tracking.core.port.out.AirportTimeZones;

/**
 * The core's hexagonal shape: what it may depend on, which way its layers point, and no cycles. Test classes are not
 * analysed.
 */
@AnalyzeClasses(packages = "dev.tracking.core", importOptions = ImportOption.DoNotIncludeTests.class)
public class HexagonalArchitectureTest {

    /**
     * For the modules around the core (adapters, test support, hosts): they use the core through its ports, its
     * domain and {@code TrackingPlatform}, never through its application services or its internals. Apply it to an
     * import of those modules' classes.
     */
    public static final ArchRule CORE_INTERNALS_ARE_NOT_USED_OUTSIDE_THE_CORE =
            coreInternalsAreNotUsedOutside("dev.tracking.core");

    /** {@link #CORE_INTERNALS_ARE_NOT_USED_OUTSIDE_THE_CORE} for a core rooted at another package. */
    public static ArchRule coreInternalsAreNotUsedOutside(String corePackage) {
        return noClasses()
                .that().resideOutsideOfPackage(corePackage + "..")
                .should().dependOnClassesThat()
                .resideInAnyPackage(corePackage + ".application..", corePackage + ".internal..")
                .as("classes outside " + corePackage + " should not depend on its application services or internals")
                .because("they are free to change; the ports, the domain and the platform are the published API");
    }

    @ArchTest
    static final ArchRule CORE_DEPENDS_ONLY_ON_THE_JDK_SLF4J_AND_CAFFEINE = classes()
            .that().resideInAPackage("dev.tracking.core..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.slf4j..", "com.github.benmanes.caffeine..", "dev.tracking.core..")
            .because("the core embeds in any host: no framework, no database driver");

    @ArchTest
    static final ArchRule DOMAIN_KNOWS_NEITHER_APPLICATION_NOR_PORTS = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..port..");

    @ArchTest
    static final ArchRule INBOUND_PORTS_DO_NOT_USE_OUTBOUND_PORTS = noClasses()
            .that().resideInAPackage("..port.in..")
            .should().dependOnClassesThat().resideInAPackage("..port.out..");

    @ArchTest
    static final ArchRule OUTBOUND_PORTS_DO_NOT_USE_INBOUND_PORTS = noClasses()
            .that().resideInAPackage("..port.out..")
            .should().dependOnClassesThat().resideInAPackage("..port.in..");

    @ArchTest
    static final ArchRule PORTS_DO_NOT_KNOW_THE_APPLICATION = noClasses()
            .that().resideInAPackage("..port..")
            .should().dependOnClassesThat().resideInAPackage("..application..");

    /**
     * No cycles between the core's top-level packages. The one sanctioned exception: {@link AirportTimeZones#builtIn()}
     * hands out {@link BuiltInAirportTimeZones}, which implements that port.
     */
    @ArchTest
    static final ArchRule CORE_PACKAGES_ARE_FREE_OF_CYCLES = slices()
            .matching("dev.tracking.core.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(AirportTimeZones.class, BuiltInAirportTimeZones.class);

    @ArchTest
    static final ArchRule DOMAIN_PACKAGES_ARE_FREE_OF_CYCLES = slices()
            .matching("dev.tracking.core.domain.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule NO_IMPL_CLASSES = noClasses()
            .should().haveSimpleNameEndingWith("Impl")
            .because("a class is named for what it is, not for the interface it implements");
}
