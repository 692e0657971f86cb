package dev.tracking.testsupport.inmemory;

import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.contract.MawbRepositoryContract;

class InMemoryMawbRepositoryContractTest extends MawbRepositoryContract {

    @Override
    protected PersistencePorts ports() {
        return InMemoryPersistence.create();
    }
}
