package org.yiwang.module.policy.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.persistence.Database;

/** Owns the module's tables: migrates {@code db/migration/V*__*.sql} on activation. */
@Component(service = PolicySchema.class)
public final class PolicySchema {

    private final Database db;

    @Activate
    public PolicySchema(@Reference Database db) {
        this.db = db;
        db.migrate(PolicyModule.ID, PolicySchema.class);
    }

    Database db() {
        return db;
    }
}
