package org.yiwang.module.institutions.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.persistence.Database;

/** Owns the module's tables: migrates {@code db/migration/V*__*.sql} on activation. */
@Component(service = InstitutionsSchema.class)
public final class InstitutionsSchema {

    private final Database db;

    @Activate
    public InstitutionsSchema(@Reference Database db) {
        this.db = db;
        db.migrate(InstitutionsModule.ID, InstitutionsSchema.class);
    }

    Database db() {
        return db;
    }
}
