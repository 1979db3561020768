package org.yiwang.module.demands.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.audit.AuditLog;
import org.yiwang.kernel.api.files.AttachmentTable;
import org.yiwang.kernel.api.files.ContentTypes;
import org.yiwang.kernel.api.files.Upload;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.problem.ProblemType;
import org.yiwang.kernel.api.security.Caller;

/**
 * Attachments of a demand: at most {@link #MAX_BYTES} each and {@link #MAX_PER_DEMAND} per demand,
 * of a type recognised by content ({@link ContentTypes}). The enterprise and the handling window may
 * add them while the demand is not ended; whoever sees the demand may read them.
 */
@Component(service = AttachmentService.class)
public final class AttachmentService {

    /** 10 MiB. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_PER_DEMAND = 20;

    static final ProblemType UNSUPPORTED_TYPE = ProblemType.custom("demands-attachment-type", 415,
            LocalizedText.of("附件类型不受支持", "Unsupported attachment type"));

    static final AttachmentTable TABLE = new AttachmentTable("demands_attachment", "demand_id");

    private final Database db;
    private final DemandService demands;
    private final Audit audit;
    private final Clock clock;

    @Activate
    public AttachmentService(@Reference DemandsSchema schema, @Reference DemandService demands,
                             @Reference AuditLog auditLog) {
        this(schema, demands, auditLog, Clock.systemUTC());
    }

    AttachmentService(DemandsSchema schema, DemandService demands, AuditLog auditLog, Clock clock) {
        this.db = schema.db();
        this.demands = demands;
        this.audit = new Audit(auditLog, clock);
        this.clock = clock;
    }

    Attachment add(Caller caller, long demandId, String fileName, InputStream body) throws IOException {
        Demand d = demands.get(caller, demandId);
        if (!(Access.enterprise(caller) && caller.uscc().equals(d.uscc()))) {
            Access.handles(caller, d);
        }
        Upload file = Upload.read(fileName, body, MAX_BYTES, UNSUPPORTED_TYPE);
        if (!Status.OPEN.contains(d.status()) && d.status() != Status.RESOLVED) {
            throw Problems.illegal(demandId, d.status(), "attach", null);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Attachment a = db.inTransaction(c -> {
            if (TABLE.count(c, demandId) >= MAX_PER_DEMAND) {
                throw ProblemException.conflict("每个诉求最多 " + MAX_PER_DEMAND + " 个附件",
                        "A demand has at most " + MAX_PER_DEMAND + " attachments");
            }
            return Attachment.of(TABLE.insert(c, demandId, file, now, Access.actor(caller)));
        });
        audit.record(Access.actor(caller), "attach", "demand", demandId, List.of("attachments"));
        return a;
    }

    List<Attachment> list(Caller caller, long demandId) {
        demands.get(caller, demandId);
        return db.withConnection(c -> TABLE.list(c, demandId)).stream().map(Attachment::of).toList();
    }

    AttachmentTable.Content content(Caller caller, long demandId, long id) {
        demands.get(caller, demandId);
        return db.withConnection(c -> TABLE.content(c, demandId, id)).orElseThrow(() -> ProblemException.notFound(
                "诉求 " + demandId + " 没有编号为 " + id + " 的附件", "Demand " + demandId + " has no attachment " + id));
    }
}
