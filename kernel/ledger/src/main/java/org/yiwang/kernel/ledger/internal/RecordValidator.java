package org.yiwang.kernel.ledger.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.yiwang.kernel.api.ledger.NewServiceRecord;
import org.yiwang.kernel.api.ledger.Provider;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.api.problem.FieldError;

/** Turns a {@link NewServiceRecord} into the record to store, or throws a 400 naming every bad field. */
final class RecordValidator {

    private RecordValidator() {
    }

    static ServiceRecord validate(NewServiceRecord in, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (in == null) {
            errors.add(Checks.error("body", "required", "缺少请求体", "A JSON body is required"));
            Checks.throwIfAny(errors);
        }
        String uscc = Checks.uscc(errors, "uscc", in.uscc());
        String region = Checks.region(errors, "regionCode", in.regionCode(), true);
        String module = Checks.module(errors, "module", in.module(), true);
        String category = Checks.category(errors, "category", in.category(), true);
        String channel = Checks.channel(errors, "channel", in.channel());
        Provider provider = provider(errors, in.provider());
        String title = Checks.text(errors, "title", in.title(), true, 200);
        String sourceRef = Checks.text(errors, "sourceRef", in.sourceRef(), false, 100);
        String outcome = Checks.text(errors, "outcome", in.outcome(), false, 2000);
        if (in.requestedAt() == null) {
            errors.add(Checks.error("requestedAt", "required", "必须填写 requestedAt", "requestedAt is required"));
        }
        Checks.notFuture(errors, "requestedAt", in.requestedAt(), now);
        Checks.notFuture(errors, "respondedAt", in.respondedAt(), now);
        Checks.notFuture(errors, "completedAt", in.completedAt(), now);
        Checks.notBefore(errors, "respondedAt", in.respondedAt(), "requestedAt", in.requestedAt());
        Checks.notBefore(errors, "completedAt", in.completedAt(), "requestedAt", in.requestedAt());
        Checks.notBefore(errors, "completedAt", in.completedAt(), "respondedAt", in.respondedAt());
        if (in.completedAt() != null && outcome == null) {
            errors.add(Checks.error("outcome", "required", "已完成的服务必须填写 outcome", "outcome is required with completedAt"));
        }
        if (in.completedAt() == null && outcome != null) {
            errors.add(Checks.error("completedAt", "required", "填写 outcome 时必须填写 completedAt",
                    "completedAt is required with outcome"));
        }
        Checks.throwIfAny(errors);
        boolean done = in.completedAt() != null;
        Instant responded = in.respondedAt() == null && done ? in.completedAt() : in.respondedAt();
        return new ServiceRecord(UUID.randomUUID().toString(), uscc, region, module, category, channel, provider, title,
                sourceRef, in.requestedAt(), responded, in.completedAt(),
                done ? ServiceRecord.Status.COMPLETED : ServiceRecord.Status.OPEN, outcome, 0, null, now);
    }

    private static Provider provider(List<FieldError> errors, Provider p) {
        if (p == null) {
            errors.add(Checks.error("provider", "required", "必须填写 provider", "provider is required"));
            return null;
        }
        if (p.kind() == null) {
            errors.add(Checks.error("provider.kind", "required", "必须填写 provider.kind",
                    "provider.kind is required (PLATFORM_UNIT, INSTITUTION or EXPERT)"));
        }
        String id = Checks.text(errors, "provider.id", p.id(), true, 64);
        String name = Checks.text(errors, "provider.name", p.name(), true, 200);
        return new Provider(p.kind(), id, name);
    }
}
