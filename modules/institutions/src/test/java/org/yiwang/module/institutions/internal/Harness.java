package org.yiwang.module.institutions.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.function.Executable;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.yiwang.kernel.api.audit.AuditEntry;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.persistence.EmbeddedDerby;
import org.yiwang.kernel.testkit.FakeLedger;
import org.yiwang.kernel.testkit.MutableClock;

/**
 * The module's services over a fresh in-memory Derby, a movable clock, the fake ledger and account
 * service, and recorded audit entries and events. Fuzhou (350100) with its counties 鼓楼 350102 and
 * 台江 350103; 厦门 350200 / 思明 350203 is another city of the same province 350000.
 */
final class Harness implements AutoCloseable {

    static final Instant START = Instant.parse("2025-06-16T01:00:00Z");
    static final String GULOU = "350102";
    static final String TAIJIANG = "350103";
    static final String FUZHOU = "350100";
    static final String FUJIAN = "350000";
    static final String SIMING = "350203";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private final AtomicInteger serial = new AtomicInteger();

    final EmbeddedDerby db = EmbeddedDerby.inMemory("institutions-test-" + DATABASES.incrementAndGet());
    final MutableClock clock = new MutableClock(START);
    final FakeLedger ledger = new FakeLedger(clock);
    final FakeAccounts accounts = new FakeAccounts();
    final List<AuditEntry> audit = Collections.synchronizedList(new ArrayList<>());
    final List<Event> events = Collections.synchronizedList(new ArrayList<>());
    final InstitutionEvents institutionEvents = new InstitutionEvents();
    final InstitutionsSchema schema = new InstitutionsSchema(db);
    final RegistryService registry;
    final ExitService exit;
    final EvaluationService evaluations;
    final ProductService products;
    final CaseService cases;
    final ExpertService experts;
    final RequestService requests;

    final Caller gulouOperator = TestCallers.operator("gulou", GULOU);
    final Caller taijiangOperator = TestCallers.operator("taijiang", TAIJIANG);
    final Caller fuzhouOperator = TestCallers.operator("fuzhou", FUZHOU);
    final Caller gulouWindow = TestCallers.window("gulou-window", GULOU);
    final String enterpriseUscc = TestCallers.uscc(GULOU, 901);
    final Caller enterprise = TestCallers.enterprise(enterpriseUscc);

    Harness() {
        institutionEvents.use(new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                events.add(event);
            }

            @Override
            public void sendEvent(Event event) {
                events.add(event);
            }
        });
        registry = new RegistryService(schema, accounts, audit::add, institutionEvents, clock);
        exit = new ExitService(registry, institutionEvents);
        evaluations = new EvaluationService(registry, exit, ledger, institutionEvents);
        products = new ProductService(registry);
        cases = new CaseService(registry);
        experts = new ExpertService(registry);
        requests = new RequestService(registry, products, ledger, institutionEvents);
    }

    /** A valid application of an institution registered in 鼓楼 serving Fuzhou. */
    ProfileRequest application(String uscc, String username) {
        return new ProfileRequest("福州某知识产权服务有限公司", uscc, "MARKET_PROVIDER", null,
                List.of("legal-aid", "technology-support"), List.of(FUZHOU),
                List.of(new Qualification("专利代理机构执业许可证", "国家知识产权局", "35100", LocalDate.parse("2026-12-31"),
                        true), new Qualification("ISO 9001", "某认证机构", null, null, false)),
                List.of(new Contact("张三", "经理", "13800000000", "zhang@example.com")), "专利申请与维权", "鼓楼区某路 1 号",
                "0591-12345678", "https://example.com", new AccountRequest(username, "s3cret-pass"));
    }

    Institution apply() {
        int n = serial.incrementAndGet();
        return registry.apply(TestCallers.ANONYMOUS, application(TestCallers.uscc(GULOU, n), "inst" + n));
    }

    Institution admitted() {
        Institution i = apply();
        return registry.review(gulouOperator, i.id(), Transition.ADMIT, new ReasonRequest("资料齐全"));
    }

    ProductRequest product(String name) {
        return new ProductRequest(name, "legal-aid", "专利申请代理", List.of("提交材料", "检索评估", "撰写申请"), "三个工作日内答复",
                null, false, new BigDecimal("1500.00"), 30);
    }

    /** A listed product: created by staff (applies at once). */
    Product listedProduct(Institution i) {
        return products.create(gulouOperator, i.id(), product("专利申请代理"));
    }

    EvaluationRequest scores(String capacity, String management, String quality) {
        return new EvaluationRequest(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-06-15"),
                new BigDecimal(capacity), new BigDecimal(management), new BigDecimal(quality), null);
    }

    List<String> topics() {
        synchronized (events) {
            return events.stream().map(Event::getTopic).toList();
        }
    }

    long count(String table) {
        return db.withConnection(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    static ProblemException problem(int status, Executable call) {
        ProblemException e = assertThrows(ProblemException.class, call);
        assertEquals(status, e.type().status(), () -> e.getMessage());
        return e;
    }

    static List<String> fields(ProblemException e) {
        return e.errors().stream().map(f -> f.field() + ":" + f.rule()).toList();
    }

    @Override
    public void close() {
        db.close();
    }
}
