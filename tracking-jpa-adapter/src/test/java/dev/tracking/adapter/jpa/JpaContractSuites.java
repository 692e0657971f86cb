package dev.tracking.adapter.jpa;

import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.contract.AttachmentRepositoryContract;
import dev.tracking.testsupport.contract.AuditLogContract;
import dev.tracking.testsupport.contract.BillRepositoryContract;
import dev.tracking.testsupport.contract.CarrierRepositoryContract;
import dev.tracking.testsupport.contract.FileTypeRepositoryContract;
import dev.tracking.testsupport.contract.HawbRepositoryContract;
import dev.tracking.testsupport.contract.JobSchedulerContract;
import dev.tracking.testsupport.contract.JobStoreContract;
import dev.tracking.testsupport.contract.MawbRepositoryContract;
import dev.tracking.testsupport.contract.MawbWorkflowRepositoryContract;
import dev.tracking.testsupport.contract.PermissionRepositoryContract;
import dev.tracking.testsupport.contract.TrackingEventRepositoryContract;
import dev.tracking.testsupport.contract.TransactionRunnerContract;
import dev.tracking.testsupport.contract.WorkflowContract;
import dev.tracking.testsupport.contract.WorkflowDefinitionRepositoryContract;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Nested;

/**
 * Every contract suite of {@code tracking-test-support} (the audit log's with its optional {@code deleteHeadRow()}
 * hook), then this adapter's own checks, on the database the concrete
 * subclass holds ({@link JpaOnH2Test}, {@link JpaOnPostgresTest}). Each test starts from an emptied database.
 */
abstract class JpaContractSuites {

    /** The database and adapter under test, started once for the whole class. */
    abstract DatabaseUnderTest db();

    @Nested
    class Carriers extends CarrierRepositoryContract {
        @Override
        protected PersistencePorts ports() {
            return db().emptyPorts();
        }
    }

    @Nested
    class FileTypes extends FileTypeRepositoryContract {
        @Override
        protected PersistencePorts ports() {
            return db().emptyPorts();
        }
    }

    @Nested
    class Mawbs extends MawbRepositoryContract {
        @Override
        protected PersistencePorts ports() {
            return db().emptyPorts();
        }
    }

    @Nested
    class Hawbs extends HawbRepositoryContract {
        @Override
        protected PersistencePorts ports() {
            return db().emptyPorts();
        }
    }

    @Nested
    class Events extends TrackingEventRepositoryContract {
        @Override
        protected PersistencePorts ports() {
            return db().emptyPorts();
        }
    }

    @Nested
    class Attachments extends AttachmentRepositoryContract {
        @Override
        protected PersistencePorts ports() {
            return db().emptyPorts();
        }
    }

    @Nested
    class Bills extends BillRepositoryContract {
        @Override
        protected PersistencePorts ports() {
            return db().emptyPorts();
        }
    }

    @Nested
    class Transactions extends TransactionRunnerContract {
        @Override
        protected PersistencePorts ports() {
            return db().emptyPorts();
        }
    }

    @Nested
    class Permissions extends PermissionRepositoryContract {
        @Override
        protected PersistencePorts ports() {
            return db().emptyPorts();
        }
    }

    @Nested
    class WorkflowDefinitions extends WorkflowDefinitionRepositoryContract {
        @Override
        protected PersistencePorts ports() {
            return db().emptyPorts();
        }
    }

    @Nested
    class MawbWorkflows extends MawbWorkflowRepositoryContract {
        @Override
        protected PersistencePorts ports() {
            return db().emptyPorts();
        }
    }

    @Nested
    class Jobs extends JobSchedulerContract {
        @Override
        protected PersistencePorts ports() {
            return db().emptyPorts();
        }
    }

    @Nested
    class JobStores extends JobStoreContract {
        @Override
        protected PersistencePorts ports() {
            return db().emptyPorts();
        }
    }

    @Nested
    class Workflow extends WorkflowContract {
        @Override
        protected PersistencePorts ports() {
            return db().emptyPorts();
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        @Override
        protected PersistencePorts ports() {
            return db().emptyPorts();
        }

        @Override
        protected void deleteHeadRow() {
            try (Connection connection = db().rawDataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM audit_chain_head");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ------------------------------------------------------------------------------- this adapter's own checks

    @Nested
    class EventBatching extends EventBatchingChecks {
        @Override
        DatabaseUnderTest db() {
            return JpaContractSuites.this.db();
        }
    }

    @Nested
    class NoNPlusOne extends NoNPlusOneChecks {
        @Override
        DatabaseUnderTest db() {
            return JpaContractSuites.this.db();
        }
    }

    @Nested
    class ErrorTranslation extends ErrorTranslationChecks {
        @Override
        DatabaseUnderTest db() {
            return JpaContractSuites.this.db();
        }
    }

    @Nested
    class RacingDuplicates extends RacingDuplicateChecks {
        @Override
        DatabaseUnderTest db() {
            return JpaContractSuites.this.db();
        }
    }

    @Nested
    class JsonMetadata extends JsonMetadataChecks {
        @Override
        DatabaseUnderTest db() {
            return JpaContractSuites.this.db();
        }
    }

    @Nested
    class UnitsOfWork extends UnitOfWorkChecks {
        @Override
        DatabaseUnderTest db() {
            return JpaContractSuites.this.db();
        }
    }

    @Nested
    class SchemaOption extends SchemaOptionChecks {
        @Override
        DatabaseUnderTest db() {
            return JpaContractSuites.this.db();
        }
    }

    @Nested
    class TimeZones extends TimeZoneChecks {
        @Override
        DatabaseUnderTest db() {
            return JpaContractSuites.this.db();
        }
    }

    @Nested
    class MawbListReplacement extends MawbListReplacementChecks {
        @Override
        DatabaseUnderTest db() {
            return JpaContractSuites.this.db();
        }
    }

    @Nested
    class AuditStorage extends AuditStorageChecks {
        @Override
        DatabaseUnderTest db() {
            return JpaContractSuites.this.db();
        }
    }

    @Nested
    class ConcurrentAppends extends ConcurrentAppendChecks {
        @Override
        DatabaseUnderTest db() {
            return JpaContractSuites.this.db();
        }
    }

    @Nested
    class PermissionStorage extends PermissionChecks {
        @Override
        DatabaseUnderTest db() {
            return JpaContractSuites.this.db();
        }
    }

    @Nested
    class WorkflowsAndJobs extends WorkflowAndJobChecks {
        @Override
        DatabaseUnderTest db() {
            return JpaContractSuites.this.db();
        }
    }

    @Nested
    class JobStorage extends JobStoreChecks {
        @Override
        DatabaseUnderTest db() {
            return JpaContractSuites.this.db();
        }
    }

    @Nested
    class AuditedPlatform extends AuditedPlatformChecks {
        @Override
        DatabaseUnderTest db() {
            return JpaContractSuites.this.db();
        }
    }
}
