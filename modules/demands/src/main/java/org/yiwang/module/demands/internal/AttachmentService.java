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
import org.yiwang.kernel.api.files.ContentTypes;
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

    private final Database db;
    private final DemandService demands;
    private final Audit audit;
    private final Clock clock;
    private final AttachmentStore store = new AttachmentStore();

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
        Problems.Errors errors = new Problems.Errors();
        String name = errors.text("name", fileName, true, 200);
        if (name != null && (name.contains("/") || name.contains("\\") || name.chars().anyMatch(Character::isISOControl))) {
            errors.add("name", "pattern", "文件名不能包含路径或控制字符", "name must not contain paths or control characters");
        }
        byte[] content = read(body);
        if (content.length == 0) {
            errors.add("content", "required", "附件内容为空", "The attachment is empty");
        }
        errors.check();
        String type = ContentTypes.detect(content).orElseThrow(() -> new ProblemException(UNSUPPORTED_TYPE,
                LocalizedText.of("只接受 PDF、PNG、JPEG、DOCX 和 XLSX 文件（按内容识别）",
                        "Only PDF, PNG, JPEG, DOCX and XLSX files are accepted (recognised by content)")));
        if (!Status.OPEN.contains(d.status()) && d.status() != Status.RESOLVED) {
            throw Problems.illegal(demandId, d.status(), "attach", null);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Attachment a = db.inTransaction(c -> {
            if (store.count(c, demandId) >= MAX_PER_DEMAND) {
                throw ProblemException.conflict("每个诉求最多 " + MAX_PER_DEMAND + " 个附件",
                        "A demand has at most " + MAX_PER_DEMAND + " attachments");
            }
            return store.insert(c, demandId, name, type, content, now, Access.actor(caller));
        });
        audit.record(Access.actor(caller), "attach", "demand", demandId, List.of("attachments"));
        return a;
    }

    List<Attachment> list(Caller caller, long demandId) {
        demands.get(caller, demandId);
        return db.withConnection(c -> store.list(c, demandId));
    }

    AttachmentStore.Content content(Caller caller, long demandId, long id) {
        demands.get(caller, demandId);
        return db.withConnection(c -> store.content(c, demandId, id)).orElseThrow(() -> ProblemException.notFound(
                "诉求 " + demandId + " 没有编号为 " + id + " 的附件", "Demand " + demandId + " has no attachment " + id));
    }

    /** Reads at most {@link #MAX_BYTES}; one byte more is a 413 (whatever Content-Length said). */
    private static byte[] read(InputStream body) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        byte[] content = body.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, LocalizedText.of(
                    "附件不能超过 10 MiB", "An attachment must be at most 10 MiB"));
        }
        return content;
    }
}
