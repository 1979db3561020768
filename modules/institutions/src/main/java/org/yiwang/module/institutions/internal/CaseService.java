package org.yiwang.module.institutions.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.standards.industry.IndustryCatalog;
import org.yiwang.kernel.standards.industry.IndustryResolution;
import org.yiwang.kernel.standards.service.ServiceCategory;
import org.yiwang.kernel.standards.size.SizeClass;

/**
 * The case library (案例库): an institution's cases, kept by the institution itself (or reviewing
 * staff), shown publicly for listed institutions and searchable across them by industry, service
 * category and enterprise size.
 */
@Component(service = CaseService.class)
public final class CaseService {

    private final RegistryService registry;
    private final Database db;

    @Activate
    public CaseService(@Reference RegistryService registry) {
        this.registry = registry;
        this.db = registry.db();
    }

    List<ServiceCase> list(Caller caller, long institutionId) {
        Institution i = registry.load(institutionId, false);
        Access.visible(caller, institutionId, i.region(), i.status());
        return db.withConnection(c -> query(c, " WHERE k.institution_id = ?", List.of(institutionId), 0, 500));
    }

    /** The public library across listed institutions, filtered. */
    Page<ServiceCase> library(String industry, String category, String size, PageRequest page) {
        Problems.Errors errors = new Problems.Errors();
        List<Object> args = new ArrayList<>(List.copyOf(Status.LISTED));
        StringBuilder where = new StringBuilder(" JOIN institutions_institution i ON i.id = k.institution_id"
                + " WHERE i.status IN (?, ?, ?)");
        if (industry != null && !industry.isBlank()) {
            IndustryResolution r = IndustryCatalog.bundled().find(industry).orElse(null);
            if (r == null) {
                errors.add("industry", "known", "不是 GB/T 4754 行业代码：" + industry, "Not a GB/T 4754 code: " + industry);
            } else {
                where.append(" AND k.industry LIKE ?");
                args.add(r.qualifiedCode() + "%");
            }
        }
        if (category != null && !category.isBlank()) {
            if (ServiceCategory.byCode(category.strip()).isEmpty()) {
                errors.add("category", "known", "未知的服务类别：" + category, "Unknown service category " + category);
            }
            where.append(" AND k.category = ?");
            args.add(category.strip());
        }
        if (size != null && !size.isBlank()) {
            SizeClass s = sizeClass(errors, "enterpriseSize", size);
            where.append(" AND k.enterprise_size = ?");
            args.add(s == null ? "" : s.name());
        }
        errors.check();
        return db.withConnection(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM institutions_case k" + where)) {
                Sql.bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            return Page.of(query(c, where.toString(), args, page.offset(), page.size()), total, page);
        });
    }

    ServiceCase create(Caller caller, long institutionId, CaseRequest body) {
        Instant now = registry.now();
        long id = db.inTransaction(c -> {
            InstitutionStore.Row inst = registry.row(c, institutionId);
            Access.manages(caller, institutionId, inst.region(), inst.status());
            Checked k = check(body);
            return Sql.insert(c, "INSERT INTO institutions_case (institution_id, title, industry, category,"
                    + " enterprise_size, summary, outcome, case_year, created_at, created_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Arrays.asList(institutionId, k.title, k.industry,
                    k.category, k.size, k.summary, k.outcome, k.year == null ? Sql.Null.INTEGER : k.year, now,
                    Access.actor(caller)));
        });
        registry.audit().record(Access.actor(caller), "create", "institution-case", id, List.of("case"));
        return get(institutionId, id);
    }

    ServiceCase update(Caller caller, long institutionId, long caseId, CaseRequest body) {
        db.inTransaction(c -> {
            InstitutionStore.Row inst = registry.row(c, institutionId);
            Access.manages(caller, institutionId, inst.region(), inst.status());
            Checked k = check(body);
            int n = Sql.update(c, "UPDATE institutions_case SET title = ?, industry = ?, category = ?,"
                    + " enterprise_size = ?, summary = ?, outcome = ?, case_year = ? WHERE id = ? AND institution_id = ?",
                    Arrays.asList(k.title, k.industry, k.category, k.size, k.summary, k.outcome,
                            k.year == null ? Sql.Null.INTEGER : k.year, caseId, institutionId));
            if (n != 1) {
                throw Problems.notFound("案例", caseId);
            }
            return null;
        });
        registry.audit().record(Access.actor(caller), "update", "institution-case", caseId, List.of("case"));
        return get(institutionId, caseId);
    }

    void delete(Caller caller, long institutionId, long caseId) {
        db.inTransaction(c -> {
            InstitutionStore.Row inst = registry.row(c, institutionId);
            Access.manages(caller, institutionId, inst.region(), inst.status());
            if (Sql.update(c, "DELETE FROM institutions_case WHERE id = ? AND institution_id = ?",
                    List.of(caseId, institutionId)) != 1) {
                throw Problems.notFound("案例", caseId);
            }
            return null;
        });
        registry.audit().record(Access.actor(caller), "delete", "institution-case", caseId, List.of());
    }

    private ServiceCase get(long institutionId, long id) {
        List<ServiceCase> found = db.withConnection(c -> query(c, " WHERE k.institution_id = ? AND k.id = ?",
                List.of(institutionId, id), 0, 1));
        if (found.isEmpty()) {
            throw Problems.notFound("案例", id);
        }
        return found.get(0);
    }

    private record Checked(String title, String industry, String category, String size, String summary,
                           String outcome, Integer year) {
    }

    private static Checked check(CaseRequest body) {
        Problems.Errors errors = new Problems.Errors();
        if (body == null) {
            errors.add("body", "required", "缺少请求体", "A JSON body is required").check();
        }
        String title = errors.text("title", body.title(), true, 200);
        String industry = null;
        String raw = errors.text("industry", body.industry(), true, 10);
        if (raw != null) {
            IndustryResolution r = IndustryCatalog.bundled().find(raw).orElse(null);
            if (r == null) {
                errors.add("industry", "known", "不是 GB/T 4754 行业代码：" + raw, "Not a GB/T 4754 code: " + raw);
            } else {
                industry = r.qualifiedCode();
            }
        }
        String category = errors.text("category", body.category(), true, 40);
        if (category != null && ServiceCategory.byCode(category).isEmpty()) {
            errors.add("category", "known", "未知的服务类别：" + category, "Unknown service category " + category);
        }
        SizeClass size = body.enterpriseSize() == null || body.enterpriseSize().isBlank() ? null
                : sizeClass(errors, "enterpriseSize", body.enterpriseSize());
        if (size == null && !errors.has("enterpriseSize")) {
            errors.add("enterpriseSize", "required", "必须选择企业规模", "enterpriseSize is required");
        }
        String summary = errors.text("summary", body.summary(), true, 4000);
        String outcome = errors.text("outcome", body.outcome(), true, 4000);
        Integer year = body.year();
        if (year != null && (year < 1980 || year > 2100)) {
            errors.add("year", "range", "年份不合理", "year is out of range");
        }
        errors.check();
        return new Checked(title, industry, category, size.name(), summary, outcome, year);
    }

    private static SizeClass sizeClass(Problems.Errors errors, String field, String raw) {
        try {
            return SizeClass.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, "enum", "企业规模须为 LARGE、MEDIUM、SMALL 或 MICRO", field + " must be LARGE, MEDIUM, SMALL or MICRO");
            return null;
        }
    }

    private static List<ServiceCase> query(Connection c, String where, List<?> args, long offset, int size)
            throws SQLException {
        List<ServiceCase> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT k.* FROM institutions_case k" + where
                + " ORDER BY k.id DESC OFFSET " + offset + " ROWS FETCH NEXT " + size + " ROWS ONLY")) {
            Sql.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String industry = rs.getString("industry");
                    String name = IndustryCatalog.bundled().find(industry)
                            .map(r -> r.division() != null ? r.division().nameZh() : r.section().nameZh()).orElse(industry);
                    out.add(new ServiceCase(rs.getLong("id"), rs.getLong("institution_id"), rs.getString("title"),
                            industry, name, rs.getString("category"), rs.getString("enterprise_size"),
                            rs.getString("summary"), rs.getString("outcome"), Sql.integer(rs, "case_year"),
                            Sql.instant(rs, "created_at")));
                }
            }
        }
        return out;
    }
}
