package dev.tracking.testsupport.inmemory;

import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.contract.JobSchedulerContract;

class InMemoryJobSchedulerContractTest extends JobSchedulerContract {

    @Override
    protected PersistencePorts ports() {
        return InMemoryPersistence.create();
    }
}
