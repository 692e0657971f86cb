package dev.tracking.testsupport.inmemory;

import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.contract.JobStoreContract;

class InMemoryJobStoreContractTest extends JobStoreContract {

    @Override
    protected PersistencePorts ports() {
        return InMemoryPersistence.create();
    }
}
