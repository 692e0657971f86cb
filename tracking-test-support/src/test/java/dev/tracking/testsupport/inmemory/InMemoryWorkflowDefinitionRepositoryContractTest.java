package dev.tracking.testsupport.inmemory;

import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.contract.WorkflowDefinitionRepositoryContract;

class InMemoryWorkflowDefinitionRepositoryContractTest extends WorkflowDefinitionRepositoryContract {

    @Override
    protected PersistencePorts ports() {
        return InMemoryPersistence.create();
    }
}
