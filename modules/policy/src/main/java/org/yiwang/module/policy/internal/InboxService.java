package org.yiwang.module.policy.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.audit.AuditLog;
import org.yiwang.kernel.api.persistence.Database;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.standards.service.ServiceCategory;

/** An enterprise's inbox of policy notices and its subscriptions to categories and tags. */
@Component(service = InboxService.class)
public final class InboxService {

    private final Database db;
    private final Audit audit;
    private final Clock clock;
    private final InboxStore store = new InboxStore();

    @Activate
    public InboxService(@Reference PolicySchema schema, @Reference AuditLog auditLog) {
        this(schema.db(), auditLog, Clock.systemUTC());
    }

    InboxService(Database db, AuditLog auditLog, Clock clock) {
        this.db = db;
        this.audit = new Audit(auditLog, clock);
        this.clock = clock;
    }

    private static String enterprise(Caller caller) {
        Access.loggedIn(caller);
        if (!Access.enterprise(caller)) {
            throw Problems.forbidden("消息与订阅只面向企业账号", "The inbox and subscriptions are for enterprise accounts");
        }
        return caller.uscc();
    }

    InboxPage inbox(Caller caller, PageRequest page) {
        String uscc = enterprise(caller);
        return db.withConnection(c -> store.page(c, uscc, page));
    }

    void read(Caller caller, long id) {
        String uscc = enterprise(caller);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (!db.inTransaction(c -> store.markRead(c, uscc, id, now))) {
            throw ProblemException.notFound("没有编号为 " + id + " 的消息", "No message " + id);
        }
    }

    Subscription subscription(Caller caller) {
        String uscc = enterprise(caller);
        return db.withConnection(c -> store.subscription(c, uscc)).orElse(new Subscription(List.of(), List.of(), null));
    }

    Subscription subscribe(Caller caller, SubscriptionInput body) {
        String uscc = enterprise(caller);
        Problems.Errors e = new Problems.Errors();
        LinkedHashSet<String> cats = new LinkedHashSet<>();
        List<String> rawCats = body == null || body.categories() == null ? List.of() : body.categories();
        for (int i = 0; i < rawCats.size(); i++) {
            String c = rawCats.get(i) == null ? "" : rawCats.get(i).strip();
            if (ServiceCategory.byCode(c).isEmpty()) {
                e.add("categories[" + i + "]", "known", "未知的服务类别：" + c, "Unknown service category " + c);
            }
            cats.add(c);
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        List<String> rawTags = body == null || body.tags() == null ? List.of() : body.tags();
        if (rawTags.size() > 50) {
            e.add("tags", "max-items", "最多订阅 50 个标签", "At most 50 tags");
        }
        for (int i = 0; i < rawTags.size(); i++) {
            String t = rawTags.get(i) == null ? "" : rawTags.get(i).strip();
            if (t.isEmpty() || t.length() > 30) {
                e.add("tags[" + i + "]", "pattern", "标签须为 1–30 个字符", "A tag has 1 to 30 characters");
            }
            tags.add(t);
        }
        e.check();
        Subscription s = new Subscription(List.copyOf(cats), List.copyOf(tags), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        db.inTransaction(c -> {
            store.saveSubscription(c, uscc, s);
            return null;
        });
        audit.record(Access.actor(caller), "subscribe", "policy-subscription", uscc, List.of("categories", "tags"));
        return s;
    }
}
