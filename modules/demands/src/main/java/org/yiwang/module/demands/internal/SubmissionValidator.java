package org.yiwang.module.demands.internal;

import java.util.Locale;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.standards.service.ServiceCategory;
import org.yiwang.kernel.standards.uscc.Uscc;
import org.yiwang.kernel.standards.uscc.UsccResult;

/**
 * Checks a new demand and decides who it is for: an enterprise submits for itself, online; staff
 * submit a hotline call for any enterprise of their region. Every invalid field is named (400);
 * an enterprise naming another USCC or staff naming a region outside their subtree get 403.
 */
final class SubmissionValidator {

    private static final int TITLE_FROM_DESCRIPTION = 50;

    private final Regions regions;

    SubmissionValidator(Regions regions) {
        this.regions = regions;
    }

    Submission check(Caller caller, NewDemand body) {
        Access.user(caller);
        Problems.Errors errors = new Problems.Errors();
        if (body == null) {
            errors.add("body", "required", "缺少请求体", "A JSON body is required").check();
        }
        boolean enterprise = Access.enterprise(caller);
        String uscc = enterprise ? caller.uscc() : uscc(errors, body.uscc());
        if (enterprise && body.uscc() != null && !body.uscc().isBlank()
                && !Uscc.normalize(body.uscc()).equals(caller.uscc())) {
            throw Problems.forbidden("企业只能为自己提交诉求", "An enterprise submits demands for itself only");
        }
        String region = body.region() == null || body.region().isBlank() ? null : body.region().strip();
        if (region == null && enterprise && regions.isCurrent(caller.uscc().substring(2, 8))) {
            region = caller.uscc().substring(2, 8);
        }
        if (region == null) {
            errors.add("region", "required", "必须填写所在行政区划", "region is required");
        } else if (!regions.isCurrent(region)) {
            errors.add("region", "known", "不是现行行政区划代码：" + region, "Not a current region code: " + region);
        }
        String category = errors.text("category", body.category(), true, 40);
        if (category != null && ServiceCategory.byCode(category).isEmpty()) {
            errors.add("category", "known", "未知的服务类别：" + category, "Unknown service category " + category);
        }
        String description = errors.text("description", body.description(), true, 4000);
        String title = errors.text("title", body.title(), false, 100);
        String name = errors.text("enterpriseName", body.enterpriseName(), !enterprise, 200);
        String contact = errors.text("contact", body.contact(), false, 100);
        errors.check();
        if (!enterprise && !caller.covers(region)) {
            throw Problems.forbidden("行政区划 " + region + " 不在您的管辖范围内", "Region " + region + " is outside your region");
        }
        if (title == null) {
            title = description.length() <= TITLE_FROM_DESCRIPTION ? description
                    : description.substring(0, TITLE_FROM_DESCRIPTION) + "…";
        }
        return new Submission(uscc, name, region, category, title, description, contact,
                enterprise ? Channel.ONLINE : Channel.HOTLINE);
    }

    private static String uscc(Problems.Errors errors, String raw) {
        if (raw == null || raw.isBlank()) {
            errors.add("uscc", "required", "代为提交时必须填写企业的统一社会信用代码",
                    "uscc of the enterprise is required when staff submit on its behalf");
            return null;
        }
        UsccResult r = Uscc.validate(raw, Uscc.Mode.STRICT);
        if (!r.valid()) {
            errors.add("uscc", "uscc-" + r.failedStep().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "统一社会信用代码不合法：" + r.detail(), "Invalid USCC: " + r.detail());
        }
        return r.normalized();
    }
}
