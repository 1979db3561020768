package org.yiwang.module.demands.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A checked transfer: to the window of a sibling, parent or child region (which clears any
 * institution), or to a service institution (the window keeps supervising). Invalid bodies are a
 * 400 naming the fields.
 */
record Transfer(Window window, String institutionId, String institutionName, String reason) {

    static Transfer check(TransferRequest body, Demand d, RoutingService routing) {
        Problems.Errors errors = new Problems.Errors();
        if (body == null) {
            errors.add("body", "required", "缺少请求体", "A JSON body is required").check();
        }
        String reason = errors.text("reason", body.reason(), true, 1000);
        String region = blankToNull(body.toRegion());
        String institution = errors.text("toInstitution", body.toInstitution(), false, 64);
        if ((region == null) == (institution == null)) {
            errors.add("toRegion", "one-of", "须且只能填写 toRegion 或 toInstitution 之一",
                    "give exactly one of toRegion and toInstitution");
        }
        Regions regions = routing.regions();
        if (region != null) {
            if (!regions.isCurrent(region)) {
                errors.add("toRegion", "known", "不是现行行政区划代码：" + region, "Not a current region code: " + region);
            } else if (region.equals(d.windowRegion())) {
                errors.add("toRegion", "different", "诉求已由该窗口办理", "The demand is already with this window");
            } else if (!regions.adjacent(d.windowRegion(), region)) {
                errors.add("toRegion", "adjacent", "只能转给同级、上级或下级窗口",
                        "toRegion must be a sibling, the parent or a child of " + d.windowRegion());
            }
        }
        String name = institution == null ? null : errors.text("institutionName", body.institutionName(), true, 200);
        errors.check();
        if (region != null) {
            return new Transfer(routing.windowFor(region), null, null, reason);
        }
        return new Transfer(null, institution, name, reason);
    }

    Map<String, Object> sets() {
        Map<String, Object> sets = new LinkedHashMap<>();
        if (window != null) {
            sets.put("window_region", window.region());
            sets.put("window_name", window.name());
            sets.put("institution_id", Sql.Null.VARCHAR);
            sets.put("institution_name", Sql.Null.VARCHAR);
        } else {
            sets.put("institution_id", institutionId);
            sets.put("institution_name", institutionName);
        }
        return sets;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
