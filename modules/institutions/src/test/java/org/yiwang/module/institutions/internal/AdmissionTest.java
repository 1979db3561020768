package org.yiwang.module.institutions.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yiwang.module.institutions.internal.Harness.fields;
import static org.yiwang.module.institutions.internal.Harness.problem;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.PageRequest;
import org.yiwang.kernel.api.problem.ProblemException;

/** Applications (入库申请), review, duplicates and invalid input that writes nothing. */
class AdmissionTest {

    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    private long directoryTotal() {
        return h.registry.directory(null, null, null, null, PageRequest.of(null, null)).total();
    }

    @Test
    void applicationCreatesTheInstitutionAndAPendingAccountThenStaffAdmit() {
        Institution i = h.apply();
        assertEquals(Status.APPLIED, i.status());
        assertEquals(Harness.GULOU, i.region(), "region defaults to the division in the USCC");
        assertEquals("福州某知识产权服务有限公司", i.profile().name());
        assertEquals(List.of("legal-aid", "technology-support"), i.profile().categories());
        assertEquals(2, i.profile().qualifications().size());
        assertEquals("PENDING", h.accounts.state(String.valueOf(i.id())));
        assertEquals(Harness.GULOU, h.accounts.accounts.get("inst1").region());
        assertTrue(h.topics().contains("org/yiwang/institutions/APPLIED"));
        assertTrue(h.audit.stream().anyMatch(a -> a.action().equals("apply")
                && !a.toString().contains("13800000000")), "field names only, never contact values");

        problem(404, () -> h.registry.get(TestCallers.ANONYMOUS, i.id()));
        assertEquals(0, directoryTotal());

        Institution admitted = h.registry.review(h.gulouOperator, i.id(), Transition.ADMIT, null);
        assertEquals(Status.ADMITTED, admitted.status());
        assertEquals(Harness.START, admitted.admittedAt());
        assertEquals("ACTIVE", h.accounts.state(String.valueOf(i.id())));
        assertEquals(1, directoryTotal());
        Institution pub = h.registry.get(TestCallers.ANONYMOUS, i.id());
        assertEquals(List.of(), pub.profile().contacts(), "contacts are personal data");
        assertEquals(1, h.registry.get(TestCallers.institution(i.id()), i.id()).profile().contacts().size());
        assertEquals(1, h.registry.get(h.gulouWindow, i.id()).profile().contacts().size());
        assertEquals(List.of("APPLY", "ADMIT"), h.registry.history(TestCallers.ANONYMOUS, i.id()).stream()
                .map(HistoryEntry::action).toList());
        assertNull(h.registry.history(TestCallers.ANONYMOUS, i.id()).get(1).by(), "the public sees no staff names");
        assertEquals("gulou", h.registry.history(h.gulouOperator, i.id()).get(1).by());
        assertTrue(h.topics().contains("org/yiwang/institutions/ADMITTED"));
        problem(409, () -> h.registry.review(h.gulouOperator, i.id(), Transition.ADMIT, null));
    }

    @Test
    void rejectionNeedsAReasonAndDisablesTheAccount() {
        Institution i = h.apply();
        ProblemException e = problem(400, () -> h.registry.review(h.gulouOperator, i.id(), Transition.REJECT, null));
        assertEquals(List.of("reason:required"), fields(e));
        assertEquals(Status.APPLIED, h.registry.get(h.gulouOperator, i.id()).status());
        Institution rejected = h.registry.review(h.gulouOperator, i.id(), Transition.REJECT,
                new ReasonRequest("资质证明不全"));
        assertEquals(Status.REJECTED, rejected.status());
        assertEquals("资质证明不全", rejected.statusReason());
        assertEquals("DISABLED", h.accounts.state(String.valueOf(i.id())));
        problem(404, () -> h.registry.get(TestCallers.ANONYMOUS, i.id()));
        ProblemException illegal = problem(409, () -> h.registry.review(h.gulouOperator, i.id(), Transition.ADMIT, null));
        assertEquals(Problems.ILLEGAL_TRANSITION, illegal.type());
        assertTrue(h.topics().contains("org/yiwang/institutions/REJECTED"));
    }

    @Test
    void aRejectedInstitutionMayApplyAgainWithANewLogin() {
        String uscc = TestCallers.uscc(Harness.GULOU, 91);
        Institution first = h.registry.apply(TestCallers.ANONYMOUS, h.application(uscc, "first91"));
        h.registry.review(h.gulouOperator, first.id(), Transition.REJECT, new ReasonRequest("资质证明不全"));

        problem(409, () -> h.registry.apply(TestCallers.ANONYMOUS, h.application(uscc, "first91")));
        Institution again = h.registry.apply(TestCallers.ANONYMOUS, h.application(uscc, "again91"));
        assertEquals(first.id(), again.id(), "the same record: its history goes on");
        assertEquals(Status.APPLIED, again.status());
        assertEquals(null, again.statusReason());
        assertEquals("PENDING", h.accounts.accounts.get("again91").state());
        List<HistoryEntry> history = h.registry.history(h.gulouOperator, first.id());
        assertEquals(List.of("APPLY", "REJECT", "REAPPLY"), history.stream().map(HistoryEntry::action).toList());
        assertEquals(Status.REJECTED, history.get(2).from());

        problem(409, () -> h.registry.apply(TestCallers.ANONYMOUS, h.application(uscc, "third91")));
        assertFalse(h.accounts.accounts.containsKey("third91"), "no second application while one is pending");
        h.registry.review(h.gulouOperator, first.id(), Transition.ADMIT, new ReasonRequest("资料齐全"));
        assertEquals("ACTIVE", h.accounts.accounts.get("again91").state());
        problem(409, () -> h.registry.apply(TestCallers.ANONYMOUS, h.application(uscc, "fourth91")));
    }

    @Test
    void duplicateUsccOrUsernameIsAConflictAndWritesNothing() {
        String uscc = TestCallers.uscc(Harness.GULOU, 77);
        h.registry.apply(TestCallers.ANONYMOUS, h.application(uscc, "first"));
        long institutions = h.count("institutions_institution");
        long profiles = h.count("institutions_profile");
        problem(409, () -> h.registry.apply(TestCallers.ANONYMOUS, h.application(uscc, "second")));
        problem(409, () -> h.registry.apply(TestCallers.ANONYMOUS,
                h.application(TestCallers.uscc(Harness.GULOU, 78), "first")));
        assertEquals(institutions, h.count("institutions_institution"));
        assertEquals(profiles, h.count("institutions_profile"));
        assertEquals(0, h.count("institutions_qualification") - 2);
        assertEquals(1, h.count("institutions_transition"));
        assertFalse(h.accounts.accounts.containsKey("second"));
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsWritten() {
        ProfileRequest bad = new ProfileRequest(" ", "91350102MA2XXXXX1X", "BANK", "999999",
                List.of("astrology"), List.of("350102", "123456"),
                List.of(new Qualification(null, null, null, null, true)),
                List.of(new Contact("李四", null, "abc", null)), null, null, "phone?", "ftp://x",
                new AccountRequest("", null));
        ProblemException e = problem(400, () -> h.registry.apply(TestCallers.ANONYMOUS, bad));
        List<String> f = fields(e);
        for (String expected : List.of("name:required", "type:enum", "region:known", "categories[0]:known",
                "regionsServed[1]:known", "qualifications[0].name:required", "contacts[0].phone:pattern",
                "servicePhone:pattern", "website:pattern", "account.username:required", "account.password:required")) {
            assertTrue(f.contains(expected), expected + " in " + f);
        }
        assertTrue(f.stream().anyMatch(x -> x.startsWith("uscc:uscc-")), f.toString());
        assertEquals(0, h.count("institutions_institution"));
        assertEquals(0, h.count("institutions_profile"));
        assertTrue(h.accounts.accounts.isEmpty());
        assertEquals(List.of("body:required"), fields(problem(400, () -> h.registry.apply(TestCallers.ANONYMOUS, null))));
    }

    @Test
    void theAccountServicesRefusalIsNamedAsAnApplicationFieldAndRollsBack() {
        ProfileRequest weak = h.application(TestCallers.uscc(Harness.GULOU, 5), "weak");
        ProfileRequest body = new ProfileRequest(weak.name(), weak.uscc(), weak.type(), weak.region(), weak.categories(),
                weak.regionsServed(), weak.qualifications(), weak.contacts(), weak.description(), weak.address(),
                weak.servicePhone(), weak.website(), new AccountRequest("weak", "short"));
        ProblemException e = problem(400, () -> h.registry.apply(TestCallers.ANONYMOUS, body));
        assertEquals(List.of("account.password:min-length"), fields(e));
        assertEquals(0, h.count("institutions_institution"), "institution rolled back with the refused account");
        assertEquals(0, h.count("institutions_profile"));
        assertEquals(0, h.count("institutions_transition"));
        assertNotNull(h.registry.apply(TestCallers.ANONYMOUS, h.application(weak.uscc(), "weak")), "the USCC is free again");
    }
}
