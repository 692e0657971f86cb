package dev.tracking.core.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.tracking.core.architecture.fixture.application.FixtureService;
import dev.tracking.core.architecture.fixture.core.internal.FixtureInternal;
import dev.tracking.core.architecture.fixture.core.port.FixturePort;
import dev.tracking.core.architecture.fixture.domain.DomainUsingApplication;
import dev.tracking.core.architecture.fixture.domain.DomainUsingPort;
import dev.tracking.core.architecture.fixture.domain.FixtureValue;
import dev.tracking.core.architecture.fixture.outside.ClientUsingInternals;
import dev.tracking.core.architecture.fixture.outside.ClientUsingPorts;
import dev.tracking.core.architecture.fixture.port.in.InboundPortUsingOutbound;
import dev.tracking.core.architecture.fixture.port.out.FixtureRepositoryImpl;
import dev.tracking.core.architecture.fixture.port.out.OutboundPort;
import org.junit.jupiter.api.Test;

/** The architecture rules fail on code that breaks them: each is checked against a small fixture that does. */
class ArchitectureRulesDetectViolationsTest {

    private static JavaClasses importClasses(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    @Test
    void domainDependingOnApplicationOrPortsIsReported() {
        assertThatThrownBy(() -> HexagonalArchitectureTest.DOMAIN_KNOWS_NEITHER_APPLICATION_NOR_PORTS
                .check(importClasses(DomainUsingApplication.class, FixtureService.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("DomainUsingApplication");
        assertThatThrownBy(() -> HexagonalArchitectureTest.DOMAIN_KNOWS_NEITHER_APPLICATION_NOR_PORTS
                .check(importClasses(DomainUsingPort.class, OutboundPort.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("DomainUsingPort");
    }

    @Test
    void inboundPortUsingOutboundPortIsReported() {
        assertThatThrownBy(() -> HexagonalArchitectureTest.INBOUND_PORTS_DO_NOT_USE_OUTBOUND_PORTS
                .check(importClasses(InboundPortUsingOutbound.class, OutboundPort.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("InboundPortUsingOutbound");
    }

    @Test
    void implClassIsReported() {
        assertThatThrownBy(() -> HexagonalArchitectureTest.NO_IMPL_CLASSES
                .check(importClasses(FixtureRepositoryImpl.class, FixtureValue.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("FixtureRepositoryImpl");
    }

    @Test
    void foreignDependencyOfTheCoreIsReported() {
        assertThatThrownBy(() -> HexagonalArchitectureTest.CORE_DEPENDS_ONLY_ON_THE_JDK_SLF4J_AND_CAFFEINE
                .check(importClasses(FixtureValue.class, Test.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("org.junit");
    }

    @Test
    void outsideClassUsingCoreInternalsOrApplicationIsReported() {
        var rule = HexagonalArchitectureTest.coreInternalsAreNotUsedOutside("dev.tracking.core.architecture.fixture.core");

        assertThatThrownBy(() -> rule.check(importClasses(ClientUsingInternals.class, FixtureInternal.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ClientUsingInternals");
        assertThatCode(() -> rule.check(importClasses(ClientUsingPorts.class, FixturePort.class)))
                .doesNotThrowAnyException();
    }
}
