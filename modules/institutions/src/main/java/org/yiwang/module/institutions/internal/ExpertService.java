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
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.standards.service.ServiceCategory;

/**
 * The expert pool (专家库). An institution account keeps its own experts; reviewing staff keep
 * independent experts of their region and may correct any expert of it. The public search shows
 * active experts who are independent or belong to a listed institution.
 */
@Component(service = ExpertService.class)
public final class ExpertService {

    static final Set<String> AVAILABILITY = Set.of("AVAILABLE", "LIMITED", "UNAVAILABLE");

    private final RegistryService registry;
    private final Database db;

    @Activate
    public ExpertService(@Reference RegistryService registry) {
        this.registry = registry;
        this.db = registry.db();
    }

    /** Public search: {@code region} = based in that region or an ancestor of it; {@code institution} one institution's. */
    Page<Expert> search(String q, String category, String region, Long institution, PageRequest page) {
        Problems.Errors errors = new Problems.Errors();
        List<Object> args = new ArrayList<>(List.copyOf(Status.LISTED));
        StringBuilder where = new StringBuilder(" WHERE e.active = TRUE AND (e.institution_id IS NULL OR i.status IN (?, ?, ?))");
        if (q != null && !q.isBlank()) {
            String like = "%" + q.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            where.append(" AND (LOWER(e.name) LIKE ? OR LOWER(e.profile) LIKE ? OR LOWER(e.title) LIKE ?)");
            args.addAll(List.of(like, like, like));
        }
        if (category != null && !category.isBlank()) {
            if (ServiceCategory.byCode(category.strip()).isEmpty()) {
                errors.add("category", "known", "未知的服务类别：" + category, "Unknown service category " + category);
            }
            where.append(" AND EXISTS (SELECT 1 FROM institutions_expert_field f WHERE f.expert_id = e.id AND f.category = ?)");
            args.add(category.strip());
        }
        if (region != null && !region.isBlank()) {
            if (!Regions.isCurrent(region.strip())) {
                errors.add("region", "known", "不是现行行政区划代码：" + region, "Not a current region code: " + region);
            } else {
                List<String> codes = Regions.selfAndAncestors(region.strip());
                where.append(" AND e.region IN (").append(codes.stream().map(x -> "?").collect(Collectors.joining(", ")))
                        .append(")");
                args.addAll(codes);
            }
        }
        if (institution != null) {
            where.append(" AND e.institution_id = ?");
            args.add(institution);
        }
        errors.check();
        String from = " FROM institutions_expert e LEFT JOIN institutions_institution i ON i.id = e.institution_id";
        return db.withConnection(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + from + where)) {
                Sql.bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            return Page.of(query(c, from + where + " ORDER BY e.id DESC OFFSET " + page.offset() + " ROWS FETCH NEXT "
                    + page.size() + " ROWS ONLY", args), total, page);
        });
    }

    /** Every expert of an institution, for the institution itself and staff (inactive ones too). */
    List<Expert> ofInstitution(Caller caller, long institutionId) {
        Institution i = registry.load(institutionId, false);
        Access.visible(caller, institutionId, i.region(), i.status());
        boolean privileged = Access.privileged(caller, institutionId, i.region());
        return db.withConnection(c -> query(c, " FROM institutions_expert e LEFT JOIN institutions_institution i"
                + " ON i.id = e.institution_id WHERE e.institution_id = ?" + (privileged ? "" : " AND e.active = TRUE")
                + " ORDER BY e.id", List.of(institutionId)));
    }

    Expert create(Caller caller, ExpertRequest body) {
        Instant now = registry.now();
        long id = db.inTransaction(c -> {
            Checked k = check(c, caller, body, null);
            long eid = Sql.insert(c, "INSERT INTO institutions_expert (institution_id, name, title, profile, region,"
                    + " availability, availability_note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Arrays.asList(k.institutionId == null ? Sql.Null.BIGINT : k.institutionId, k.body.name(),
                            k.body.title(), k.body.profile(), k.body.region(), k.body.availability(),
                            k.body.availabilityNote(), now, Access.actor(caller)));
            fields(c, eid, k.body.fields());
            return eid;
        });
        registry.audit().record(Access.actor(caller), "create", "institution-expert", id, List.of("expert"));
        return get(id);
    }

    Expert update(Caller caller, long id, ExpertRequest body) {
        db.inTransaction(c -> {
            Expert before = find(c, id);
            Checked k = check(c, caller, body, before);
            Sql.update(c, "UPDATE institutions_expert SET name = ?, title = ?, profile = ?, region = ?, availability = ?,"
                    + " availability_note = ? WHERE id = ?", Arrays.asList(k.body.name(), k.body.title(),
                    k.body.profile(), k.body.region(), k.body.availability(), k.body.availabilityNote(), id));
            Sql.update(c, "DELETE FROM institutions_expert_field WHERE expert_id = ?", List.of(id));
            fields(c, id, k.body.fields());
            return null;
        });
        registry.audit().record(Access.actor(caller), "update", "institution-expert", id, List.of("expert"));
        return get(id);
    }

    /** Takes an expert out of the pool (kept, inactive). */
    Expert deactivate(Caller caller, long id) {
        db.inTransaction(c -> {
            Expert before = find(c, id);
            mayEdit(c, caller, before.institutionId(), before.region());
            Sql.update(c, "UPDATE institutions_expert SET active = FALSE WHERE id = ?", List.of(id));
            return null;
        });
        registry.audit().record(Access.actor(caller), "deactivate", "institution-expert", id, List.of("active"));
        return get(id);
    }

    private record Checked(Long institutionId, ExpertRequest body) {
    }

    private Checked check(Connection c, Caller caller, ExpertRequest body, Expert before) throws SQLException {
        Access.loggedIn(caller);
        Problems.Errors errors = new Problems.Errors();
        if (body == null) {
            errors.add("body", "required", "缺少请求体", "A JSON body is required").check();
        }
        Long institutionId = before != null ? before.institutionId()
                : caller.institutionId() != null && caller.institutionId().matches("\\d{1,18}")
                ? Long.valueOf(caller.institutionId()) : body.institutionId();
        String region = errors.text("region", body.region(), institutionId == null, 6);
        if (region != null && !Regions.isCurrent(region)) {
            errors.add("region", "known", "不是现行行政区划代码：" + region, "Not a current region code: " + region);
        }
        String availability = body.availability() == null || body.availability().isBlank() ? "AVAILABLE"
                : body.availability().strip().toUpperCase(Locale.ROOT);
        if (!AVAILABILITY.contains(availability)) {
            errors.add("availability", "enum", "可服务状态须为 " + AVAILABILITY, "availability must be one of " + AVAILABILITY);
        }
        ExpertRequest clean = new ExpertRequest(errors.text("name", body.name(), true, 100),
                errors.text("title", body.title(), false, 100), errors.text("profile", body.profile(), true, 4000),
                ProfileValidator.categories(errors, "fields", body.fields(), true), region, availability,
                errors.text("availabilityNote", body.availabilityNote(), false, 200), institutionId);
        String homeRegion = mayEdit(c, caller, institutionId, region == null ? null : region);
        errors.check();
        if (clean.region() == null) {
            clean = new ExpertRequest(clean.name(), clean.title(), clean.profile(), clean.fields(), homeRegion,
                    clean.availability(), clean.availabilityNote(), institutionId);
        }
        return new Checked(institutionId, clean);
    }

    /** 403/404 unless the caller keeps experts of this institution (or, independent, of this region); its region. */
    private String mayEdit(Connection c, Caller caller, Long institutionId, String region) throws SQLException {
        if (institutionId != null) {
            InstitutionStore.Row inst = registry.row(c, institutionId);
            Access.manages(caller, institutionId, inst.region(), inst.status());
            return inst.region();
        }
        if (!Access.staff(caller, InstitutionsModule.REVIEW) || (region != null && !caller.covers(region))) {
            throw Problems.forbidden("独立专家由其所在地的审核人员维护", "Reviewing staff of the expert's region keep independent experts");
        }
        return region;
    }

    private static void fields(Connection c, long id, List<String> fields) throws SQLException {
        for (String f : fields) {
            Sql.update(c, "INSERT INTO institutions_expert_field (expert_id, category) VALUES (?, ?)", List.of(id, f));
        }
    }

    private Expert get(long id) {
        return db.withConnection(c -> find(c, id));
    }

    private static Expert find(Connection c, long id) throws SQLException {
        List<Expert> found = query(c, " FROM institutions_expert e LEFT JOIN institutions_institution i"
                + " ON i.id = e.institution_id WHERE e.id = ?", List.of(id));
        if (found.isEmpty()) {
            throw Problems.notFound("专家", id);
        }
        return found.get(0);
    }

    private static List<Expert> query(Connection c, String fromWhere, List<?> args) throws SQLException {
        List<Expert> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.*, (SELECT p.name FROM institutions_profile p"
                + " WHERE p.id = i.current_rev) AS institution_name" + fromWhere)) {
            Sql.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long inst = rs.getLong("institution_id");
                    Long institutionId = rs.wasNull() ? null : inst;
                    long id = rs.getLong("id");
                    out.add(new Expert(id, institutionId, rs.getString("institution_name"), rs.getString("name"),
                            rs.getString("title"), rs.getString("profile"),
                            ProfileStore.strings(c, "SELECT category FROM institutions_expert_field WHERE expert_id = ?"
                                    + " ORDER BY category", id), rs.getString("region").strip(),
                            rs.getString("availability"), rs.getString("availability_note"), rs.getBoolean("active")));
                }
            }
        }
        return out;
    }
}
