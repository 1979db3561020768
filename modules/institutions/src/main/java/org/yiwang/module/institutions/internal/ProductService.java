package org.yiwang.module.institutions.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.standards.service.ServiceCategory;

/**
 * Standardised service products (标准化服务产品). The institution's own products and changes to them
 * wait for staff approval once it is listed (the public sees the approved version); before
 * admission, and when reviewing staff edit, they apply at once. Withdrawing takes a product off
 * the directory at once.
 */
@Component(service = ProductService.class)
public final class ProductService {

    static final BigDecimal MAX_FEE = new BigDecimal("9999999999.99");
    static final int MAX_STEPS = 20;

    private final RegistryService registry;
    private final Database db;
    private final ProductStore store = new ProductStore();

    @Activate
    public ProductService(@Reference RegistryService registry) {
        this.registry = registry;
        this.db = registry.db();
    }

    /** Products the caller may see: the public the approved, not withdrawn ones of a listed institution. */
    List<Product> list(Caller caller, long institutionId) {
        Institution i = registry.load(institutionId, false);
        Access.visible(caller, institutionId, i.region(), i.status());
        boolean privileged = Access.privileged(caller, institutionId, i.region());
        List<Product> all = db.withConnection(c -> {
            List<Product> out = new ArrayList<>();
            for (ProductStore.Row r : store.ofInstitution(c, institutionId)) {
                out.add(store.product(c, r).withDisclosures(i.profile()));
            }
            return out;
        });
        return privileged ? all : all.stream().filter(p -> p.current() != null && !p.withdrawn())
                .map(Product::forPublic).toList();
    }

    /** One product as the public sees it, or 404. */
    Product publicProduct(long institutionId, long productId) {
        return list(org.yiwang.kernel.api.security.Caller.ANONYMOUS, institutionId).stream()
                .filter(p -> p.id() == productId).findFirst()
                .orElseThrow(() -> Problems.notFound("服务产品", productId));
    }

    Product create(Caller caller, long institutionId, ProductRequest body) {
        Instant now = registry.now();
        long id = db.inTransaction(c -> {
            InstitutionStore.Row inst = registry.row(c, institutionId);
            Access.manages(caller, institutionId, inst.region(), inst.status());
            open(inst);
            ProductVersion v = check(body, now, Access.actor(caller));
            long pid = store.insert(c, institutionId, now, Access.actor(caller));
            boolean approval = needsApproval(caller, inst);
            long rev = store.insertVersion(c, pid, v, approval ? ProfileStore.PENDING : ProfileStore.CURRENT);
            store.set(c, pid, Map.of(approval ? "pending_rev" : "current_rev", rev));
            return pid;
        });
        registry.audit().record(Access.actor(caller), "create", "institution-product", id, List.of("product"));
        return get(institutionId, id);
    }

    Product update(Caller caller, long institutionId, long productId, ProductRequest body) {
        Instant now = registry.now();
        db.inTransaction(c -> {
            InstitutionStore.Row inst = registry.row(c, institutionId);
            Access.manages(caller, institutionId, inst.region(), inst.status());
            open(inst);
            ProductStore.Row row = store.find(c, institutionId, productId)
                    .orElseThrow(() -> Problems.notFound("服务产品", productId));
            ProductVersion v = check(body, now, Access.actor(caller));
            boolean approval = needsApproval(caller, inst);
            long rev = store.insertVersion(c, productId, v, approval ? ProfileStore.PENDING : ProfileStore.CURRENT);
            store.versionState(c, row.pendingRev(), ProfileStore.SUPERSEDED, now, Access.actor(caller), null);
            Map<String, Object> sets = new LinkedHashMap<>();
            if (approval) {
                sets.put("pending_rev", rev);
            } else {
                store.versionState(c, row.currentRev(), ProfileStore.SUPERSEDED, now, Access.actor(caller), null);
                sets.put("current_rev", rev);
                sets.put("pending_rev", Sql.Null.BIGINT);
            }
            store.set(c, productId, sets);
            return null;
        });
        registry.audit().record(Access.actor(caller), "update", "institution-product", productId, List.of("product"));
        return get(institutionId, productId);
    }

    /** Takes a product off the directory (its requests stay). */
    Product withdraw(Caller caller, long institutionId, long productId) {
        db.inTransaction(c -> {
            InstitutionStore.Row inst = registry.row(c, institutionId);
            Access.manages(caller, institutionId, inst.region(), inst.status());
            store.find(c, institutionId, productId).orElseThrow(() -> Problems.notFound("服务产品", productId));
            store.set(c, productId, Map.of("withdrawn", Boolean.TRUE));
            return null;
        });
        registry.audit().record(Access.actor(caller), "withdraw", "institution-product", productId, List.of("withdrawn"));
        return get(institutionId, productId);
    }

    /** Staff approve or reject (reason required) the waiting version of a product. */
    Product decide(Caller caller, long institutionId, long productId, boolean approve, ReasonRequest body) {
        Problems.Errors errors = new Problems.Errors();
        String reason = errors.text("reason", body == null ? null : body.reason(), !approve, 1000);
        Instant now = registry.now();
        db.inTransaction(c -> {
            InstitutionStore.Row inst = registry.row(c, institutionId);
            Access.staff(caller, InstitutionsModule.REVIEW, institutionId, inst.region(), inst.status());
            errors.check();
            ProductStore.Row row = store.find(c, institutionId, productId)
                    .orElseThrow(() -> Problems.notFound("服务产品", productId));
            if (row.pendingRev() == null) {
                throw Problems.conflict("服务产品 " + productId + " 没有待审核的变更", "Product " + productId + " has no pending change");
            }
            String by = Access.actor(caller);
            Map<String, Object> sets = new LinkedHashMap<>();
            sets.put("pending_rev", Sql.Null.BIGINT);
            if (approve) {
                store.versionState(c, row.currentRev(), ProfileStore.SUPERSEDED, now, by, null);
                store.versionState(c, row.pendingRev(), ProfileStore.CURRENT, now, by, reason);
                sets.put("current_rev", row.pendingRev());
            } else {
                store.versionState(c, row.pendingRev(), ProfileStore.REJECTED, now, by, reason);
            }
            store.set(c, productId, sets);
            return null;
        });
        registry.audit().record(Access.actor(caller), approve ? "approve-change" : "reject-change",
                "institution-product", productId, List.of("product"));
        return get(institutionId, productId);
    }

    /** Products with a change waiting, in the caller's region. */
    List<Product> pending(Caller caller) {
        if (!Access.staff(caller, InstitutionsModule.REVIEW)) {
            return List.of();
        }
        return db.withConnection(c -> {
            List<Product> out = new ArrayList<>();
            for (ProductStore.Row r : store.pending(c, Access.scope(caller))) {
                out.add(store.product(c, r));
            }
            return out;
        });
    }

    Product get(long institutionId, long productId) {
        return db.withConnection(c -> store.product(c, store.find(c, institutionId, productId)
                .orElseThrow(() -> Problems.notFound("服务产品", productId))));
    }

    private static boolean needsApproval(Caller caller, InstitutionStore.Row inst) {
        return inst.status().listed() && Access.own(caller, inst.id());
    }

    private static void open(InstitutionStore.Row inst) {
        if (inst.status() == Status.REJECTED || inst.status() == Status.REMOVED) {
            throw Problems.conflict("服务机构 " + inst.id() + " 已" + inst.status().nameZh() + "，不能发布产品",
                    "Institution " + inst.id() + " is " + inst.status() + "; it cannot publish products");
        }
    }

    static ProductVersion check(ProductRequest body, Instant now, String by) {
        Problems.Errors errors = new Problems.Errors();
        if (body == null) {
            errors.add("body", "required", "缺少请求体", "A JSON body is required").check();
        }
        String name = errors.text("name", body.name(), true, 200);
        String category = errors.text("category", body.category(), true, 40);
        if (category != null && ServiceCategory.byCode(category).isEmpty()) {
            errors.add("category", "known", "未知的服务类别：" + category, "Unknown service category " + category);
        }
        String content = errors.text("content", body.content(), true, 4000);
        List<String> steps = new ArrayList<>();
        if (body.process() == null || body.process().stream().allMatch(s -> s == null || s.isBlank())) {
            errors.add("process", "required", "至少填写一个服务流程步骤", "process: at least one step");
        } else if (body.process().size() > MAX_STEPS) {
            errors.add("process", "max-size", "服务流程最多 " + MAX_STEPS + " 步", "process: at most " + MAX_STEPS + " steps");
        } else {
            for (int i = 0; i < body.process().size(); i++) {
                String step = errors.text("process[" + i + "]", body.process().get(i), false, 190);
                if (step != null) {
                    steps.add(step.replace('\n', ' '));
                }
            }
        }
        String standard = errors.text("standard", body.standard(), true, 4000);
        String supervision = errors.text("supervision", body.supervision(), false, 1000);
        BigDecimal fee = null;
        if (body.free() == null) {
            errors.add("free", "required", "必须说明是否免费", "free (true or false) is required");
        } else if (body.free()) {
            if (body.fee() != null && body.fee().signum() != 0) {
                errors.add("fee", "free", "免费产品不能有收费金额", "A free product has no fee");
            }
        } else if (body.fee() == null || body.fee().signum() <= 0) {
            errors.add("fee", "required", "收费产品必须填写大于 0 的金额（元）", "fee (yuan, > 0) is required when not free");
        } else if (body.fee().compareTo(MAX_FEE) > 0 || body.fee().stripTrailingZeros().scale() > 2) {
            errors.add("fee", "range", "金额须不超过 99 亿元且最多两位小数", "fee must be at most 9999999999.99 with two decimals");
        } else {
            fee = body.fee().setScale(2);
        }
        Integer days = body.deliveryDays();
        if (days == null || days < 1 || days > 365) {
            errors.add("deliveryDays", "range", "交付时间须为 1 到 365 个工作日", "deliveryDays must be from 1 to 365");
        }
        errors.check();
        return new ProductVersion(0, name, category, content, steps, standard, supervision, body.free(), fee, days,
                now, by);
    }
}
