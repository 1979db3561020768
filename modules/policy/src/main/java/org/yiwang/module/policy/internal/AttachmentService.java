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
import org.yiwang.kernel.api.files.AttachmentTable;
import org.yiwang.kernel.api.files.ContentTypes;
import org.yiwang.kernel.api.files.Upload;
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

    static final AttachmentTable TABLE = new AttachmentTable("policy_attachment", "policy_id");

    private final Database db;
    private final PolicyService policies;
    private final Audit audit;
    private final Clock clock;

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
        Upload file = Upload.read(fileName, body, MAX_BYTES, UNSUPPORTED_TYPE);
        if (p.status() == Status.WITHDRAWN || p.status() == Status.EXPIRED) {
            throw Problems.illegal(policyId, p.status(), "attach");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Attachment a = db.inTransaction(c -> {
            if (TABLE.count(c, policyId) >= MAX_PER_POLICY) {
                throw ProblemException.conflict("每个政策最多 " + MAX_PER_POLICY + " 个附件",
                        "A policy has at most " + MAX_PER_POLICY + " attachments");
            }
            return Attachment.of(TABLE.insert(c, policyId, file, now, Access.actor(caller)));
        });
        audit.record(Access.actor(caller), "attach", "policy", policyId, List.of("attachments"));
        return a;
    }

    List<Attachment> list(Caller caller, long policyId) {
        policies.get(caller, policyId);
        return db.withConnection(c -> TABLE.list(c, policyId)).stream().map(Attachment::of).toList();
    }

    AttachmentTable.Content content(Caller caller, long policyId, long id) {
        Access.visible(caller, policies.load(policyId));
        return db.withConnection(c -> TABLE.content(c, policyId, id)).orElseThrow(() -> ProblemException.notFound(
                "政策 " + policyId + " 没有编号为 " + id + " 的附件", "Policy " + policyId + " has no attachment " + id));
    }
}
