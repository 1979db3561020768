package org.yiwang.kernel.enterprises.internal;

import static org.yiwang.kernel.enterprises.internal.Messages.add;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.yiwang.kernel.api.enterprise.Contact;
import org.yiwang.kernel.api.enterprise.TierAward;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.standards.tier.Tier;
import org.yiwang.kernel.standards.tier.TierValidity;

/** Rules for the lists of a profile: tier awards, contacts, tags. */
final class CollectionRules {

    static final int MAX_TIERS = 10;
    static final int MAX_CONTACTS = 20;
    static final int MAX_TAGS = 50;
    static final int TAG_MAX = 50;
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s;|]+@[^@\\s;|]+\\.[^@\\s;|]+");
    /** Separators of the list columns in CSV/XLSX: not allowed inside values. */
    private static final Pattern SEPARATORS = Pattern.compile("[;|]");
    private static final Comparator<TierAward> TIER_ORDER = Comparator.comparing(TierAward::awardedOn)
            .thenComparing(TierAward::tier);

    List<TierAward> tiers(List<TierAward> in, LocalDate today, List<FieldError> errors) {
        if (in.isEmpty()) {
            return List.of();
        }
        if (in.size() > MAX_TIERS) {
            add(errors, Fields.TIERS, "max-items", "梯度培育称号最多 " + MAX_TIERS + " 条", "at most " + MAX_TIERS + " tier awards");
            return List.of();
        }
        List<TierAward> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            TierAward t = in.get(i);
            String p = Fields.TIERS + "[" + i + "]";
            if (t == null || t.tier() == null || !isTier(t.tier())) {
                add(errors, p + ".tier", "enum", "称号应为 BASE、SPECIALISED 或 LITTLE_GIANT",
                        "tier must be BASE, SPECIALISED or LITTLE_GIANT");
                continue;
            }
            if (t.awardedOn() == null) {
                errors.add(Messages.required(p + ".awardedOn"));
                continue;
            }
            if (t.awardedOn().isAfter(today)) {
                add(errors, p + ".awardedOn", "not-future", "认定日期不能晚于今天", "awardedOn must not be in the future");
                continue;
            }
            TierAward award = new TierAward(t.tier(), t.awardedOn(), TierValidity.expiresOn(t.awardedOn()));
            if (out.contains(award)) {
                add(errors, p, "duplicate", "同一称号与认定日期重复", "the same tier and award date appear twice");
                continue;
            }
            out.add(award);
        }
        out.sort(TIER_ORDER);
        return out;
    }

    private static boolean isTier(String s) {
        for (Tier t : Tier.values()) {
            if (t.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    List<Contact> contacts(List<Contact> in, List<FieldError> errors) {
        if (in.size() > MAX_CONTACTS) {
            add(errors, Fields.CONTACTS, "max-items", "联系人最多 " + MAX_CONTACTS + " 个", "at most " + MAX_CONTACTS + " contacts");
            return List.of();
        }
        List<Contact> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Contact c = in.get(i);
            String p = Fields.CONTACTS + "[" + i + "]";
            String name = text(c == null ? null : c.name(), p + ".name", 50, true, errors);
            if (c == null) {
                continue;
            }
            String role = text(c.role(), p + ".role", 50, false, errors);
            String phone = text(c.phone(), p + ".phone", 30, false, errors);
            String email = text(c.email(), p + ".email", 100, false, errors);
            if (phone != null && !PHONE.matcher(phone).matches()) {
                add(errors, p + ".phone", "pattern", "电话号码格式不正确", "phone may contain digits, spaces, + - ( ) only");
            }
            if (email != null && !EMAIL.matcher(email).matches()) {
                add(errors, p + ".email", "pattern", "电子邮箱格式不正确", "email is not an e-mail address");
            }
            out.add(new Contact(name, role, phone, email));
        }
        return out;
    }

    List<String> tags(List<String> in, List<FieldError> errors) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < in.size(); i++) {
            String tag = text(in.get(i), Fields.TAGS + "[" + i + "]", TAG_MAX, true, errors);
            if (tag != null) {
                out.add(tag);
            }
        }
        if (out.size() > MAX_TAGS) {
            add(errors, Fields.TAGS, "max-items", "标签最多 " + MAX_TAGS + " 个", "at most " + MAX_TAGS + " tags");
        }
        return List.copyOf(out);
    }

    /** Stripped text, null when blank; checks required, length and the list separators. */
    private static String text(String raw, String field, int max, boolean required, List<FieldError> errors) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            if (required) {
                errors.add(Messages.required(field));
            }
            return null;
        }
        if (s.length() > max) {
            errors.add(Messages.maxLength(field, max));
            return null;
        }
        if (SEPARATORS.matcher(s).find()) {
            add(errors, field, "separator", field + " 不能包含 ; 或 |", field + " must not contain ; or |");
            return null;
        }
        return s;
    }
}
