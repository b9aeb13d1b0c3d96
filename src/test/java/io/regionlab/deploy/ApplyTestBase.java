package io.regionlab.deploy;

import io.agroal.api.AgroalDataSource;
import io.regionlab.support.CloudFormationStub;
import io.regionlab.support.Learners.Client;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/** What each Apply test starts from: a stub that remembers nothing and a fresh admin. */
abstract class ApplyTestBase {

    @Inject
    AgroalDataSource db;

    final CloudFormationStub stub = CloudFormationStub.shared();
    Client admin;

    @BeforeEach
    void freshStubAndAdmin() {
        stub.reset();
        admin = ApplyFixture.admin(db);
    }
}
