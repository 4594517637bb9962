package io.kumofleet.support;

import io.kumofleet.store.AuditRecord;
import io.kumofleet.store.DirectiveNodeRecord;
import io.kumofleet.store.DirectiveRecord;
import io.kumofleet.store.LogFilterRecord;
import io.kumofleet.store.ScheduleRecord;
import io.kumofleet.store.ScheduleRunRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of gateway tests: the simulated fleet and the test credentials are configured, requests to
 * the API send the admin token unless they set their own, and each test starts from a clean fleet
 * and store.
 */
@QuarkusTestResource(SimulatedFleetResource.class)
@QuarkusTestResource(TestCredentialsResource.class)
public abstract class GatewayTest {

    @BeforeEach
    void cleanFleetAndStore() {
        TestCredentials.sendAdminTokenByDefault();
        TestFleet.reset();
        QuarkusTransaction.requiringNew().run(() -> {
            ScheduleRunRecord.deleteAll();
            ScheduleRecord.deleteAll();
            DirectiveNodeRecord.deleteAll();
            DirectiveRecord.deleteAll();
            LogFilterRecord.deleteAll();
            AuditRecord.deleteAll();
        });
    }
}
