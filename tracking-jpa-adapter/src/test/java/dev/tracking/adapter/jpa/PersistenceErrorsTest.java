package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.common.VersionConflictException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.UUID;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The translation of driver and Hibernate failures, on messages as PostgreSQL and H2 word them. */
class PersistenceErrorsTest {

    private static final UUID ID = UUID.fromString("0192f3e4-5b6c-7d8e-9f00-112233445566");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ERROR: duplicate key value violates unique constraint \"mawbs_awb_number_uq\"|MAWB|awbNumber",
        "Unique index or primary key violation: \"PUBLIC.MAWBS_AWB_NUMBER_UQ INDEX PUBLIC.MAWBS_AWB_NUMBER_UQ_INDEX_4 ON PUBLIC.MAWBS(AWB_NUMBER NULLS FIRST)\"|MAWB|awbNumber",
        "ERROR: duplicate key value violates unique constraint \"mawbs_pk\"|MAWB|id",
        "ERROR: duplicate key value violates unique constraint \"hawbs_number_within_mawb_uq\"|HAWB|hawbNumber",
        "ERROR: duplicate key value violates unique constraint \"hawbs_pk\"|HAWB|id",
        "ERROR: duplicate key value violates unique constraint \"carriers_pk\"|carrier|designator",
        "ERROR: duplicate key value violates unique constraint \"carriers_awb_prefix_uq\"|carrier|awbPrefix",
        "ERROR: duplicate key value violates unique constraint \"file_types_pk\"|file type|code",
        "ERROR: duplicate key value violates unique constraint \"attachments_storage_key_uq\"|attachment|storageKey",
        "ERROR: duplicate key value violates unique constraint \"attachments_pkey\"|attachment|id",
        "Unique index or primary key violation: \"PUBLIC.ATTACHMENTS_PK INDEX PUBLIC.PRIMARY_KEY_5 ON PUBLIC.ATTACHMENTS(ID)\"|attachment|id",
        "Batch entry 0 insert into bills (amount,bill_type,mawb_id,id) values (('1'::numeric)) was aborted: ERROR: duplicate key value violates unique constraint \"bills_pkey\"  Call getNextException to see other errors in the batch.|bill|id",
        "Unique index or primary key violation: \"PUBLIC.BILLS_PK INDEX PUBLIC.PRIMARY_KEY_3C ON PUBLIC.BILLS(ID)\"|bill|id",
        "ERROR: duplicate key value violates unique constraint \"mawb_events_default_pkey\"|event|id",
        "ERROR: duplicate key value violates unique constraint \"hawb_events_y2025m03_pkey\"|event|id",
        "Unique index or primary key violation: \"PUBLIC.MAWB_EVENTS_PK INDEX PUBLIC.PRIMARY_KEY_E ON PUBLIC.MAWB_EVENTS(ID, RECORDED_AT)\"|event|id",
        "ERROR: duplicate key value violates unique constraint \"role_features_pk\"|role grant|feature",
        "Unique index or primary key violation: \"PUBLIC.ROLE_FEATURES_PK INDEX PUBLIC.PRIMARY_KEY_8 ON PUBLIC.ROLE_FEATURES(ROLE, FEATURE_CODE)\"|role grant|feature",
        "ERROR: duplicate key value violates unique constraint \"user_overrides_pk\"|user override|feature",
        "ERROR: duplicate key value violates unique constraint \"features_pk\"|feature|code",
        "ERROR: duplicate key value violates unique constraint \"workflow_steps_pkey\"|workflow definition|version",
        "Unique index or primary key violation: \"PUBLIC.CONSTRAINT_F2ABFA INDEX PUBLIC.PRIMARY_KEY_7 ON PUBLIC.WORKFLOW_STEPS(WORKFLOW_CODE, WORKFLOW_VERSION, STEP_CODE) VALUES ( /* key:1 */ 'US_AIR_IMPORT', 1, 'PRE_ALERT')\"|workflow definition|version",
        "ERROR: duplicate key value violates unique constraint \"workflow_steps_workflow_code_workflow_version_position_key\"|workflow definition|version",
        "Unique index or primary key violation: \"PUBLIC.CONSTRAINT_F2ABFA8 INDEX PUBLIC.CONSTRAINT_F2ABFA8_INDEX_7 ON PUBLIC.WORKFLOW_STEPS(WORKFLOW_CODE NULLS FIRST, WORKFLOW_VERSION NULLS FIRST, POSITION NULLS FIRST) VALUES ( /* key:1 */ 'US_AIR_IMPORT', 1, 10)\"|workflow definition|version",
        "ERROR: duplicate key value violates unique constraint \"mawb_workflows_pkey\"|MAWB workflow|mawbId",
        "Unique index or primary key violation: \"PUBLIC.CONSTRAINT_E0 INDEX PUBLIC.PRIMARY_KEY_E0 ON PUBLIC.MAWB_WORKFLOWS(MAWB_ID) VALUES ( /* 1 */ UUID '0192f3e4-5b6c-7d8e-9f00-112233445566' )\"|MAWB workflow|mawbId",
        "ERROR: duplicate key value violates unique constraint \"mawb_workflow_transitions_pk\"|workflow transition|seq",
        "Unique index or primary key violation: \"PUBLIC.MAWB_WORKFLOW_TRANSITIONS_PK INDEX PUBLIC.PRIMARY_KEY_1F ON PUBLIC.MAWB_WORKFLOW_TRANSITIONS(MAWB_ID, SEQ)\"|workflow transition|seq",
        "ERROR: duplicate key value violates unique constraint \"scheduled_jobs_pkey\"|job|id",
        "Unique index or primary key violation: \"PUBLIC.CONSTRAINT_A INDEX PUBLIC.PRIMARY_KEY_A ON PUBLIC.SCHEDULED_JOBS(ID) VALUES ( /* 1 */ UUID '00000000-0000-0000-0000-000000000001' )\"|job|id",
        "ERROR: duplicate key value violates unique constraint \"scheduled_jobs_live_idempotency_key_uq\"|job|idempotencyKey",
        "Unique index or primary key violation: \"PUBLIC.SCHEDULED_JOBS_LIVE_IDEMPOTENCY_KEY_UQ INDEX PUBLIC.SCHEDULED_JOBS_LIVE_IDEMPOTENCY_KEY_UQ_INDEX_A ON PUBLIC.SCHEDULED_JOBS(LIVE_IDEMPOTENCY_KEY NULLS FIRST) VALUES ( /* 1 */ 'k' )\"|job|idempotencyKey"})
    void aUniqueViolationNamesTheFieldItsConstraintProtects(String message, String entity, String field) {
        RuntimeException failure = new ConstraintViolationException("could not execute statement",
                new BatchUpdateException(message, "23505", 0, new int[0]), "insert ...", null);

        RuntimeException translated = PersistenceErrors.translate(failure, WriteTarget.insertOf(entity, ID));

        assertThat(translated).isInstanceOfSatisfying(DuplicateException.class, e -> {
            assertThat(e.entity()).isEqualTo(entity);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "true|ERROR: duplicate key value violates unique constraint \"scheduled_jobs_live_idempotency_key_uq\"",
        "true|Unique index or primary key violation: \"PUBLIC.SCHEDULED_JOBS_LIVE_IDEMPOTENCY_KEY_UQ INDEX PUBLIC.SCHEDULED_JOBS_LIVE_IDEMPOTENCY_KEY_UQ_INDEX_A ON PUBLIC.SCHEDULED_JOBS(LIVE_IDEMPOTENCY_KEY NULLS FIRST)\"",
        "false|ERROR: duplicate key value violates unique constraint \"scheduled_jobs_pkey\"",
        "false|Unique index or primary key violation: \"PUBLIC.CONSTRAINT_A INDEX PUBLIC.PRIMARY_KEY_A ON PUBLIC.SCHEDULED_JOBS(ID)\""})
    void aTakenLiveJobKeyIsToldApartFromOtherUniqueViolations(boolean liveKey, String message) {
        assertThat(PersistenceErrors.isUniqueViolationOf(new SQLException(message, "23505"),
                UniqueConstraint.LIVE_JOB_KEY)).isEqualTo(liveKey);
        assertThat(PersistenceErrors.isUniqueViolationOf(new SQLException(message, "23503"),
                UniqueConstraint.LIVE_JOB_KEY)).as("not a unique violation").isFalse();
    }

    @Test
    void theValueComesFromTheWrite() {
        RuntimeException failure = new PersistenceException(
                new SQLException("duplicate key value violates unique constraint \"mawbs_awb_number_uq\"", "23505"));

        RuntimeException translated = PersistenceErrors.translate(failure,
                WriteTarget.insertOf("MAWB", ID).unique("awbNumber", "020-12345675"));

        assertThat(translated).isInstanceOfSatisfying(DuplicateException.class,
                e -> assertThat(e.value()).isEqualTo("020-12345675"));
    }

    @Test
    void aUniqueViolationFoundOnlyInTheNextExceptionCounts() {
        SQLException batch = new BatchUpdateException("batch failed", "XX000", 0, new int[0]);
        batch.setNextException(new SQLException("violates unique constraint \"file_types_pk\"", "23505"));

        RuntimeException translated = PersistenceErrors.translate(new PersistenceException(batch),
                WriteTarget.insertOf("file type", "CODE").unique("code", "CODE"));

        assertThat(translated).isInstanceOfSatisfying(DuplicateException.class,
                e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void anAbortedTransactionIsNotADuplicateEvenWhenItsCauseWas() {
        // PostgreSQL's driver chains the failure that aborted the transaction as the cause of later errors
        SQLException aborted = new SQLException("current transaction is aborted", "25P02",
                new SQLException("duplicate key value violates unique constraint \"carriers_pk\"", "23505"));
        PersistenceException failure = new PersistenceException(aborted);

        assertThat(PersistenceErrors.translate(failure, WriteTarget.insertOf("carrier", "EK"))).isSameAs(failure);
    }

    @Test
    void aWrapperWithoutAStateIsLookedThrough() {
        SQLException wrapper = new SQLException("wrapped by a pool", (String) null,
                new SQLException("duplicate key value violates unique constraint \"carriers_pk\"", "23505"));

        assertThat(PersistenceErrors.translate(new PersistenceException(wrapper), WriteTarget.insertOf("carrier", "EK")))
                .isInstanceOf(DuplicateException.class);
    }

    @Test
    void anUnknownConstraintIsStillADuplicateOfTheWrittenEntity() {
        RuntimeException failure = new PersistenceException(new SQLException("violates \"some_new_uq\"", "23505"));

        RuntimeException translated = PersistenceErrors.translate(failure, WriteTarget.insertOf("MAWB", ID));

        assertThat(translated).isInstanceOfSatisfying(DuplicateException.class, e -> {
            assertThat(e.entity()).isEqualTo("MAWB");
            assertThat(e.getSuppressed()).containsExactly(failure);
        });
    }

    @Test
    void aStaleVersionOfAnUpdateIsAConflict() {
        RuntimeException failure = new OptimisticLockException(new StaleObjectStateException("MawbEntity", ID));

        RuntimeException translated = PersistenceErrors.translate(failure, WriteTarget.updateOf("MAWB", ID, 4));

        assertThat(translated).isInstanceOfSatisfying(VersionConflictException.class, e -> {
            assertThat(e.entity()).isEqualTo("MAWB");
            assertThat(e.id()).isEqualTo(ID.toString());
            assertThat(e.expectedVersion()).isEqualTo(4);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "23503|ERROR: insert or update on table \"role_features\" violates foreign key constraint \"role_features_feature_code_fkey\"",
        "23506|Referential integrity constraint violation: \"CONSTRAINT_A4: PUBLIC.ROLE_FEATURES FOREIGN KEY(FEATURE_CODE) REFERENCES PUBLIC.FEATURES(CODE)\""})
    void aMissingReferenceOfAWriteThatNamesItIsAValidationErrorOnThatField(String state, String message) {
        SQLException violation = new SQLException(message, state);
        RuntimeException failure = new ConstraintViolationException("could not execute statement", violation,
                "insert ...", null);

        RuntimeException translated = PersistenceErrors.translate(failure,
                WriteTarget.insertOf("role grant", "ops/x.y").referring("feature", "x.y"));

        assertThat(translated).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("feature");
            assertThat(e.violations().get(0).message()).isEqualTo("unknown feature x.y");
            assertThat(e.getCause()).isSameAs(failure);
        });
        assertThat(PersistenceErrors.translate(failure, WriteTarget.insertOf("role grant", "ops/x.y")))
                .as("a write that names no reference").isSameAs(failure);
    }

    @Test
    void theCoresOwnExceptionsAndOtherFailuresPassUnchanged() {
        NotFoundException notFound = new NotFoundException("MAWB", ID);
        PersistenceException other = new PersistenceException(new SQLException("foreign key", "23503"));

        assertThat(PersistenceErrors.translate(notFound, WriteTarget.updateOf("MAWB", ID, 1))).isSameAs(notFound);
        assertThat(PersistenceErrors.translate(other, WriteTarget.insertOf("MAWB", ID))).isSameAs(other);
        assertThat(PersistenceErrors.translate(other)).isSameAs(other);
    }
}
