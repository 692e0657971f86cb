package dev.tracking.testsupport.inmemory;

import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.contract.WorkflowContract;

class InMemoryWorkflowContractTest extends WorkflowContract {

    @Override
    protected PersistencePorts ports() {
        return InMemoryPersistence.create();
    }
}
