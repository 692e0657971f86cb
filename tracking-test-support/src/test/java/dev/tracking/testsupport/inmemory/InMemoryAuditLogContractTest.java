package dev.tracking.testsupport.inmemory;

import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.contract.AuditLogContract;

class InMemoryAuditLogContractTest extends AuditLogContract {

    @Override
    protected PersistencePorts ports() {
        return InMemoryPersistence.create();
    }

    @Override
    protected void deleteHeadRow() {
        ((InMemoryAuditLog) auditLog()).deleteHead();
    }
}
