package io.kumofleet.sim;

import java.util.Arrays;
import java.util.List;

/** scheduled_by_domain, scheduled_by_tenant and scheduled_by_tenant_campaign, summed when first written. */
final class ScheduledAggregates {

    private final QueueModel model;
    private long[] byDomain = new long[0];
    private long[] byTenant = new long[0];
    private long[] byTenantCampaign = new long[0];

    ScheduledAggregates(QueueModel model) {
        this.model = model;
    }

    List<MetricFamily> families() {
        return List.of(
                new MetricFamily("scheduled_by_domain", "number of messages in the scheduled queue for a specific domain",
                        "gauge", new String[] {"domain"}, false, this::sum, () -> byDomain.length, (i, l, v) -> {
                            l[0] = model.domains.get(i);
                            v[0] = byDomain[i];
                            return true;
                        }),
                new MetricFamily("scheduled_by_tenant", "number of messages in the scheduled queue for a specific tenant",
                        "gauge", new String[] {"tenant"}, false, MetricFamily.NOTHING, () -> byTenant.length,
                        (i, l, v) -> {
                            l[0] = model.tenants.get(i);
                            v[0] = byTenant[i];
                            return !l[0].isEmpty();
                        }),
                new MetricFamily("scheduled_by_tenant_campaign",
                        "number of messages in the scheduled queue for a specific tenant and campaign combination",
                        "gauge", new String[] {"tenant", "campaign"}, false, MetricFamily.NOTHING,
                        () -> byTenantCampaign.length, (i, l, v) -> {
                            int campaigns = model.campaigns.size();
                            l[0] = model.tenants.get(i / campaigns);
                            l[1] = model.campaigns.get(i % campaigns);
                            v[0] = byTenantCampaign[i];
                            return v[0] >= 0;
                        }));
    }

    /** One pass over the scheduled queues fills all three tables; absent combinations stay -1. */
    private void sum() {
        byDomain = new long[model.domains.size()];
        byTenant = new long[model.tenants.size()];
        int campaigns = model.campaigns.size();
        byTenantCampaign = new long[byTenant.length * campaigns];
        Arrays.fill(byTenantCampaign, -1);
        for (int s = 0; s < model.scheduledQueues(); s++) {
            long n = model.scheduled(s);
            byDomain[model.domainIndexOf(s)] += n;
            int tenant = model.tenantIndexOf(s);
            if (tenant >= 0) {
                byTenant[tenant] += n;
                int campaign = model.campaignIndexOf(s);
                if (campaign >= 0) {
                    int cell = tenant * campaigns + campaign;
                    byTenantCampaign[cell] = Math.max(byTenantCampaign[cell], 0) + n;
                }
            }
        }
    }
}
