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

/** Base of gateway tests: the simulated fleet is configured, and each test starts from a clean fleet and store. */
@QuarkusTestResource(SimulatedFleetResource.class)
public abstract class GatewayTest {

    @BeforeEach
    void cleanFleetAndStore() {
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
