package org.yiwang.module.institutions.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.yiwang.kernel.standards.service.ServiceCategory;
import org.yiwang.kernel.standards.uscc.Uscc;
import org.yiwang.kernel.standards.uscc.UsccResult;

/**
 * Checks an application or a profile change and names every invalid field (400): the USCC by GB
 * 32100 (strict), the type, service categories (STANDARDS §6), regions (current GB/T 2260 codes),
 * qualifications, contacts, lengths and list sizes.
 */
final class ProfileValidator {

    static final int MAX_CATEGORIES = ServiceCategory.values().length;
    static final int MAX_REGIONS = 50;
    static final int MAX_QUALIFICATIONS = 20;
    static final int MAX_CONTACTS = 10;
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    /** A checked application: the institution's USCC, its registration region, profile and login. */
    record Application(String uscc, String region, Profile profile, AccountRequest account) {
    }

    private ProfileValidator() {
    }

    static Application application(ProfileRequest body) {
        Problems.Errors errors = new Problems.Errors();
        if (body == null) {
            errors.add("body", "required", "缺少请求体", "A JSON body is required").check();
        }
        String uscc = uscc(errors, body.uscc());
        String region = body.region() == null || body.region().isBlank() ? null : body.region().strip();
        if (region == null && uscc != null && !errors.has("uscc") && Regions.isCurrent(uscc.substring(2, 8))) {
            region = uscc.substring(2, 8);
        }
        if (region == null) {
            errors.add("region", "required", "必须填写机构所在行政区划", "region is required");
        } else if (!Regions.isCurrent(region)) {
            errors.add("region", "known", "不是现行行政区划代码：" + region, "Not a current region code: " + region);
        }
        Profile profile = profile(errors, body);
        AccountRequest account = body.account();
        if (account == null) {
            errors.add("account", "required", "必须填写机构账号（用户名和密码）", "account (username, password) is required");
        } else {
            String username = errors.text("account.username", account.username(), true, 64);
            if (account.password() == null || account.password().isEmpty()) {
                errors.add("account.password", "required", "必须设置密码", "account.password is required");
            } else if (account.password().length() > 200) {
                errors.add("account.password", "max-length", "密码过长", "account.password is too long");
            }
            account = new AccountRequest(username, account.password());
        }
        errors.check();
        return new Application(uscc, region, profile, account);
    }

    /** A profile change (the USCC, region and account of the body are ignored). */
    static Profile change(ProfileRequest body) {
        Problems.Errors errors = new Problems.Errors();
        if (body == null) {
            errors.add("body", "required", "缺少请求体", "A JSON body is required").check();
        }
        Profile p = profile(errors, body);
        errors.check();
        return p;
    }

    private static Profile profile(Problems.Errors errors, ProfileRequest body) {
        String name = errors.text("name", body.name(), true, 200);
        InstitutionType type = null;
        if (body.type() == null || body.type().isBlank()) {
            errors.add("type", "required", "必须选择机构类型", "type is required");
        } else {
            try {
                type = InstitutionType.valueOf(body.type().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("type", "enum", "机构类型须为 " + List.of(InstitutionType.values()),
                        "type must be one of " + List.of(InstitutionType.values()));
            }
        }
        List<String> categories = categories(errors, "categories", body.categories(), true);
        List<String> regions = regions(errors, body.regionsServed());
        List<Qualification> qualifications = qualifications(errors, body.qualifications());
        List<Contact> contacts = contacts(errors, body.contacts());
        String description = errors.text("description", body.description(), false, 4000);
        String address = errors.text("address", body.address(), false, 200);
        String phone = errors.text("servicePhone", body.servicePhone(), false, 40);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add("servicePhone", "pattern", "服务电话格式不正确", "servicePhone is not a phone number");
        }
        String website = errors.text("website", body.website(), false, 200);
        if (website != null && !URL.matcher(website).matches()) {
            errors.add("website", "pattern", "网址须以 http:// 或 https:// 开头", "website must start with http:// or https://");
        }
        return new Profile(0, name, type, categories, regions, qualifications, contacts, description, address, phone,
                website, null, null);
    }

    /** Known, distinct category codes; at least one when {@code required}. */
    static List<String> categories(Problems.Errors errors, String field, List<String> raw, boolean required) {
        Set<String> out = new LinkedHashSet<>();
        if (raw == null || raw.isEmpty()) {
            if (required) {
                errors.add(field, "required", "至少选择一个服务类别", field + ": at least one service category");
            }
            return List.of();
        }
        if (raw.size() > MAX_CATEGORIES) {
            errors.add(field, "max-size", "服务类别过多", field + ": at most " + MAX_CATEGORIES);
        }
        for (int i = 0; i < raw.size(); i++) {
            String c = raw.get(i) == null ? "" : raw.get(i).strip();
            if (ServiceCategory.byCode(c).isEmpty()) {
                errors.add(field + "[" + i + "]", "known", "未知的服务类别：" + c, "Unknown service category " + c);
            } else {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> regions(Problems.Errors errors, List<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        if (raw == null || raw.isEmpty()) {
            errors.add("regionsServed", "required", "至少填写一个服务区域", "regionsServed: at least one region");
            return List.of();
        }
        if (raw.size() > MAX_REGIONS) {
            errors.add("regionsServed", "max-size", "服务区域最多 " + MAX_REGIONS + " 个", "regionsServed: at most " + MAX_REGIONS);
        }
        for (int i = 0; i < raw.size(); i++) {
            String r = raw.get(i) == null ? "" : raw.get(i).strip();
            if (!Regions.isCurrent(r)) {
                errors.add("regionsServed[" + i + "]", "known", "不是现行行政区划代码：" + r, "Not a current region code: " + r);
            } else {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    private static List<Qualification> qualifications(Problems.Errors errors, List<Qualification> raw) {
        List<Qualification> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        if (raw.size() > MAX_QUALIFICATIONS) {
            errors.add("qualifications", "max-size", "资质最多 " + MAX_QUALIFICATIONS + " 项", "at most " + MAX_QUALIFICATIONS);
        }
        for (int i = 0; i < raw.size(); i++) {
            Qualification q = raw.get(i);
            String f = "qualifications[" + i + "].";
            if (q == null) {
                errors.add("qualifications[" + i + "]", "required", "资质不能为空", "empty qualification");
                continue;
            }
            out.add(new Qualification(errors.text(f + "name", q.name(), true, 200),
                    errors.text(f + "issuer", q.issuer(), false, 200), errors.text(f + "number", q.number(), false, 100),
                    q.validUntil(), Boolean.TRUE.equals(q.required())));
        }
        return out;
    }

    private static List<Contact> contacts(Problems.Errors errors, List<Contact> raw) {
        List<Contact> out = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            errors.add("contacts", "required", "至少填写一位联系人", "contacts: at least one contact person");
            return out;
        }
        if (raw.size() > MAX_CONTACTS) {
            errors.add("contacts", "max-size", "联系人最多 " + MAX_CONTACTS + " 位", "at most " + MAX_CONTACTS);
        }
        for (int i = 0; i < raw.size(); i++) {
            Contact k = raw.get(i);
            String f = "contacts[" + i + "].";
            if (k == null) {
                errors.add("contacts[" + i + "]", "required", "联系人不能为空", "empty contact");
                continue;
            }
            String phone = errors.text(f + "phone", k.phone(), false, 40);
            String email = errors.text(f + "email", k.email(), false, 200);
            if (phone == null && email == null) {
                errors.add(f + "phone", "required", "联系电话和电子邮箱至少填写一项", "a phone or an e-mail is required");
            }
            if (phone != null && !PHONE.matcher(phone).matches()) {
                errors.add(f + "phone", "pattern", "电话格式不正确", "not a phone number");
            }
            if (email != null && !EMAIL.matcher(email).matches()) {
                errors.add(f + "email", "pattern", "电子邮箱格式不正确", "not an e-mail address");
            }
            out.add(new Contact(errors.text(f + "name", k.name(), true, 100), errors.text(f + "role", k.role(), false, 100),
                    phone, email));
        }
        return out;
    }

    private static String uscc(Problems.Errors errors, String raw) {
        if (raw == null || raw.isBlank()) {
            errors.add("uscc", "required", "必须填写统一社会信用代码", "uscc is required");
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
