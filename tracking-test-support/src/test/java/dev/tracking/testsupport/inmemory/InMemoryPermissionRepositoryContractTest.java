package dev.tracking.testsupport.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.permission.OverrideEffect;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.contract.PermissionRepositoryContract;
import org.junit.jupiter.api.Test;

class InMemoryPermissionRepositoryContractTest extends PermissionRepositoryContract {

    @Override
    protected PersistencePorts ports() {
        return InMemoryPersistence.create();
    }

    @Test
    void theCatalogueStartsEmptyAsATruncatedDatabaseDoes() {
        assertThat(InMemoryPersistence.create().permissions().features()).isEmpty();
    }

    @Test
    void aGrantOrOverrideOfAnUnknownFeatureIsAValidationErrorOnFieldFeature() {
        ValidationException grant = catchThrowableOfType(ValidationException.class,
                () -> permissions().insertGrant(grant(ROLE_A, UNKNOWN)));
        ValidationException override = catchThrowableOfType(ValidationException.class,
                () -> permissions().saveOverride(override(ANNA, UNKNOWN, OverrideEffect.DENY, null)));

        assertThat(grant.field()).isEqualTo("feature");
        assertThat(override.field()).isEqualTo("feature");
    }
}
