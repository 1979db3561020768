package org.yiwang.module.policy.internal;

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
 * Attachments of a policy (the document itself, annexes, forms): at most {@link #MAX_BYTES} each and
 * {@link #MAX_PER_POLICY} per policy, of a type recognised by content ({@link ContentTypes}). Staff
 * with {@code policy.edit} in the policy's region add them until it is withdrawn or expired; whoever
 * may see the policy may download them.
 */
@Component(service = AttachmentService.class)
public final class AttachmentService {

    /** 10 MiB. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_PER_POLICY = 20;

    static final ProblemType UNSUPPORTED_TYPE = ProblemType.custom("policy-attachment-type", 415,
            LocalizedText.of("附件类型不受支持", "Unsupported attachment type"));

    private final Database db;
    private final PolicyService policies;
    private final Audit audit;
    private final Clock clock;
    private final AttachmentStore store = new AttachmentStore();

    @Activate
    public AttachmentService(@Reference PolicySchema schema, @Reference PolicyService policies, @Reference AuditLog auditLog) {
        this(schema.db(), policies, auditLog, Clock.systemUTC());
    }

    AttachmentService(Database db, PolicyService policies, AuditLog auditLog, Clock clock) {
        this.db = db;
        this.policies = policies;
        this.audit = new Audit(auditLog, clock);
        this.clock = clock;
    }

    Attachment add(Caller caller, long policyId, String fileName, InputStream body) throws IOException {
        Policy p = Access.manages(caller, policies.load(policyId), PolicyModule.EDIT);
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
        if (p.status() == Status.WITHDRAWN || p.status() == Status.EXPIRED) {
            throw Problems.illegal(policyId, p.status(), "attach");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Attachment a = db.inTransaction(c -> {
            if (store.count(c, policyId) >= MAX_PER_POLICY) {
                throw ProblemException.conflict("每个政策最多 " + MAX_PER_POLICY + " 个附件",
                        "A policy has at most " + MAX_PER_POLICY + " attachments");
            }
            return store.insert(c, policyId, name, type, content, now, Access.actor(caller));
        });
        audit.record(Access.actor(caller), "attach", "policy", policyId, List.of("attachments"));
        return a;
    }

    List<Attachment> list(Caller caller, long policyId) {
        policies.get(caller, policyId);
        return db.withConnection(c -> store.list(c, policyId));
    }

    AttachmentStore.Content content(Caller caller, long policyId, long id) {
        Access.visible(caller, policies.load(policyId));
        return db.withConnection(c -> store.content(c, policyId, id)).orElseThrow(() -> ProblemException.notFound(
                "政策 " + policyId + " 没有编号为 " + id + " 的附件", "Policy " + policyId + " has no attachment " + id));
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
