package dev.tracking.adapter.jdbi;

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
import dev.tracking.testsupport.database.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Nested;

/**
 * Every contract suite, and the adapter's own tests, on the database a subclass provides: one migrated
 * {@link TestDatabase} per subclass, emptied before each test.
 */
abstract class JdbiAdapterSuites {

    /** The migrated database of this run. */
    abstract TestDatabase database();

    /** The adapter over {@link #database()}, made once. */
    abstract JdbiPersistence persistence();

    /** Runs a statement on a connection of its own (auto-commit), behind the adapter's back. */
    final void execute(String statement) {
        try (Connection connection = database().dataSource().getConnection();
                Statement jdbc = connection.createStatement()) {
            jdbc.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + statement, e);
        }
    }

    /** The adapter's ports over an empty database. */
    final PersistencePorts emptyStore() {
        database().truncateAll();
        return PersistencePorts.of(persistence());
    }

    @Nested
    class Carriers extends CarrierRepositoryContract {
        @Override
        protected PersistencePorts ports() {
            return emptyStore();
        }
    }

    @Nested
    class FileTypes extends FileTypeRepositoryContract {
        @Override
        protected PersistencePorts ports() {
            return emptyStore();
        }
    }

    @Nested
    class Mawbs extends MawbRepositoryContract {
        @Override
        protected PersistencePorts ports() {
            return emptyStore();
        }
    }

    @Nested
    class Hawbs extends HawbRepositoryContract {
        @Override
        protected PersistencePorts ports() {
            return emptyStore();
        }
    }

    @Nested
    class Events extends TrackingEventRepositoryContract {
        @Override
        protected PersistencePorts ports() {
            return emptyStore();
        }
    }

    @Nested
    class Attachments extends AttachmentRepositoryContract {
        @Override
        protected PersistencePorts ports() {
            return emptyStore();
        }
    }

    @Nested
    class Bills extends BillRepositoryContract {
        @Override
        protected PersistencePorts ports() {
            return emptyStore();
        }
    }

    @Nested
    class Permissions extends PermissionRepositoryContract {
        @Override
        protected PersistencePorts ports() {
            return emptyStore();
        }
    }

    @Nested
    class WorkflowDefinitions extends WorkflowDefinitionRepositoryContract {
        @Override
        protected PersistencePorts ports() {
            return emptyStore();
        }
    }

    @Nested
    class MawbWorkflows extends MawbWorkflowRepositoryContract {
        @Override
        protected PersistencePorts ports() {
            return emptyStore();
        }
    }

    @Nested
    class JobSchedulers extends JobSchedulerContract {
        @Override
        protected PersistencePorts ports() {
            return emptyStore();
        }
    }

    @Nested
    class JobStores extends JobStoreContract {
        @Override
        protected PersistencePorts ports() {
            return emptyStore();
        }
    }

    @Nested
    class Workflow extends WorkflowContract {
        @Override
        protected PersistencePorts ports() {
            return emptyStore();
        }
    }

    @Nested
    class AuditLogs extends AuditLogContract {
        @Override
        protected PersistencePorts ports() {
            return emptyStore();
        }

        @Override
        protected void deleteHeadRow() {
            execute("DELETE FROM audit_chain_head");
        }
    }

    @Nested
    class Transactions extends TransactionRunnerContract {
        @Override
        protected PersistencePorts ports() {
            return emptyStore();
        }
    }

    @Nested
    class UniqueViolations extends UniqueViolationTests {
        @Override
        PersistencePorts ports() {
            return emptyStore();
        }
    }

    @Nested
    class EventStorage extends EventStorageTests {
        @Override
        PersistencePorts ports() {
            return emptyStore();
        }

        @Override
        TestDatabase database() {
            return JdbiAdapterSuites.this.database();
        }
    }

    @Nested
    class WorkflowStorage extends WorkflowStorageTests {
        @Override
        PersistencePorts ports() {
            return emptyStore();
        }

        @Override
        TestDatabase database() {
            return JdbiAdapterSuites.this.database();
        }
    }

    @Nested
    class JobStorage extends JobStorageTests {
        @Override
        PersistencePorts ports() {
            return emptyStore();
        }

        @Override
        TestDatabase database() {
            return JdbiAdapterSuites.this.database();
        }
    }

    @Nested
    class UnitsOfWork extends UnitOfWorkTests {
        @Override
        PersistencePorts ports() {
            return emptyStore();
        }
    }

    @Nested
    class AuditStorage extends AuditStorageTests {
        @Override
        TestDatabase database() {
            return JdbiAdapterSuites.this.database();
        }
    }

    @Nested
    class AuditedPlatform extends AuditedPlatformTests {
        @Override
        TestDatabase database() {
            return JdbiAdapterSuites.this.database();
        }
    }

    @Nested
    class Statements extends StatementTests {
        @Override
        TestDatabase database() {
            return JdbiAdapterSuites.this.database();
        }
    }
}
