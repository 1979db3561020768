package org.yiwang.module.policy.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.Page;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.standards.region.RegionRegistry;
import org.yiwang.kernel.standards.service.ServiceCategory;

/**
 * Public search of published policies over the {@link PolicyIndex} in {@code indexDirectory}
 * (default {@code ${karaf.data}/policy/index}), rebuilt from the database when missing or corrupt.
 */
@Component(service = PolicySearch.class, configurationPid = "org.yiwang.policy")
public final class PolicySearch {

    private static final Logger LOG = LoggerFactory.getLogger(PolicySearch.class);

    private final PolicyIndex index;
    private final Clock clock;

    @Activate
    public PolicySearch(@Reference PolicySchema schema, PolicyConfig config) {
        this(schema.db(), directory(config), Clock.systemUTC());
    }

    PolicySearch(Database db, Path dir, Clock clock) {
        this.clock = clock;
        this.index = new PolicyIndex(dir);
        if (index.needsRebuild()) {
            List<Policy> all = new ArrayList<>();
            LocalDate today = Days.today(clock);
            InterpretationStore interpretations = new InterpretationStore();
            db.withConnection(c -> {
                new PolicyStore().published(c, today, all::add);
                for (int i = 0; i < all.size(); i++) {
                    all.set(i, all.get(i).with(interpretations.list(c, all.get(i).id()), List.of()));
                }
                return null;
            });
            index.rebuild(all);
            LOG.info("Policy search index built in {} with {} published policies", dir, all.size());
        }
    }

    static Path directory(PolicyConfig config) {
        if (config.indexDirectory() != null && !config.indexDirectory().isBlank()) {
            return Path.of(config.indexDirectory());
        }
        String data = System.getProperty("karaf.data", "data");
        return Path.of(data, "policy", "index");
    }

    @Deactivate
    void close() {
        index.close();
    }

    PolicyIndex index() {
        return index;
    }

    void put(Policy p) {
        index.put(p);
    }

    void remove(long id) {
        index.remove(id);
    }

    /** Validates the public filters and searches. */
    Page<PolicySummary> search(String q, String region, String level, String category, String date, PageRequest page) {
        Problems.Errors e = new Problems.Errors();
        String words = e.text("q", q, false, 100);
        String r = region == null || region.isBlank() ? null : region.strip();
        if (r != null && (!r.matches("\\d{6}") || !RegionRegistry.bundled().isKnownInAnyVintage(r))) {
            e.add("region", "known", "不是行政区划代码：" + r, "Not a GB/T 2260 code: " + r);
        }
        Level l = null;
        if (level != null && !level.isBlank()) {
            try {
                l = Level.valueOf(level.strip());
            } catch (IllegalArgumentException x) {
                e.add("level", "enum", "层级须为 NATIONAL、PROVINCIAL、MUNICIPAL 或 COUNTY",
                        "level must be NATIONAL, PROVINCIAL, MUNICIPAL or COUNTY");
            }
        }
        String cat = category == null || category.isBlank() ? null : category.strip();
        if (cat != null && ServiceCategory.byCode(cat).isEmpty()) {
            e.add("category", "known", "未知的服务类别：" + cat, "Unknown service category " + cat);
        }
        LocalDate day = null;
        if (date != null && !date.isBlank()) {
            try {
                day = LocalDate.parse(date.strip());
            } catch (java.time.format.DateTimeParseException x) {
                e.add("date", "date", "date 须为 YYYY-MM-DD", "date must be YYYY-MM-DD");
            }
        }
        e.check();
        LocalDate today = Days.today(clock);
        return index.search(new SearchQuery(words, r, l, cat, day, today), page);
    }
}
