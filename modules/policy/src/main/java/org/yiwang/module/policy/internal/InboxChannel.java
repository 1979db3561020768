package org.yiwang.module.policy.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.module.policy.api.DeliveryChannel;
import org.yiwang.module.policy.api.PolicyNotice;

/** The built-in delivery channel: the portal's in-app inbox ({@code POLICY_INBOX}), one transaction per batch. */
@Component(service = DeliveryChannel.class)
public final class InboxChannel implements DeliveryChannel {

    private final Database db;
    private final InboxStore store = new InboxStore();

    @Activate
    public InboxChannel(@Reference PolicySchema schema) {
        this.db = schema.db();
    }

    @Override
    public String id() {
        return "inbox";
    }

    @Override
    public void deliver(PolicyNotice notice, List<String> usccs) {
        db.inTransaction(c -> {
            store.insert(c, notice, usccs);
            return null;
        });
    }
}
