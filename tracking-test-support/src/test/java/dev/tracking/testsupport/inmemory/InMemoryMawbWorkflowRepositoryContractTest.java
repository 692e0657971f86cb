package dev.tracking.testsupport.inmemory;

import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.contract.MawbWorkflowRepositoryContract;

class InMemoryMawbWorkflowRepositoryContractTest extends MawbWorkflowRepositoryContract {

    @Override
    protected PersistencePorts ports() {
        return InMemoryPersistence.create();
    }
}
