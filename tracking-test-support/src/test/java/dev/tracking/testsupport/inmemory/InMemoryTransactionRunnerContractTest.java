package dev.tracking.testsupport.inmemory;

import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.contract.TransactionRunnerContract;

class InMemoryTransactionRunnerContractTest extends TransactionRunnerContract {

    @Override
    protected PersistencePorts ports() {
        return InMemoryPersistence.create();
    }
}
