package org.yiwang.module.demands.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.persistence.Database;

/** Owns the module's tables: migrates {@code db/migration/V*__*.sql} on activation. */
@Component(service = DemandsSchema.class)
public final class DemandsSchema {

    private final Database db;

    @Activate
    public DemandsSchema(@Reference Database db) {
        this.db = db;
        db.migrate(DemandEvents.MODULE_ID, DemandsSchema.class);
    }

    Database db() {
        return db;
    }
}
