package dev.tracking.testsupport.inmemory;

import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.contract.HawbRepositoryContract;

class InMemoryHawbRepositoryContractTest extends HawbRepositoryContract {

    @Override
    protected PersistencePorts ports() {
        return InMemoryPersistence.create();
    }
}
