package org.yiwang.module.policy.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.security.Caller;

/**
 * Imports policies as drafts, all or nothing: exchange JSON ({@code yiwang.exchange/1}, schema
 * {@code policy.schema.json} of the conformance kit; one document, an array of them, or
 * {@code {"format": …, "items": [...]}}) and CSV (one policy per row, lists separated by {@code ;}).
 * Every error of every item or row is reported at once (fields {@code items[i].…} / {@code rows[n].…},
 * {@code n} counting data rows from 1), and then nothing is written.
 */
@Component(service = Importer.class)
public final class Importer {

    static final String FORMAT = "yiwang.exchange/1";
    static final int MAX_ITEMS = 1000;
    static final List<String> CSV_COLUMNS = List.of("title", "issuingAuthority", "documentNumber", "level", "regionCode",
            "issuedOn", "effectiveFrom", "expiresOn", "body", "categories", "tags");
    static final List<String> CSV_CRITERIA = List.of("regions", "industries", "sizes", "tiers", "minYears", "maxYears",
            "minEmployees", "maxEmployees", "minRevenue", "maxRevenue", "minRdRatio", "maxRdRatio", "minRdExpense",
            "maxRdExpense");
    private static final Set<String> DOC_FIELDS = Set.of("format", "id", "title", "issuingAuthority", "documentNumber",
            "level", "regionCode", "region", "issuedOn", "effectiveFrom", "expiresOn", "body", "categories", "tags",
            "criteria", "status", "version", "interpretations");

    private final PolicyService policies;

    @Activate
    public Importer(@Reference PolicyService policies) {
        this.policies = policies;
    }

    ImportResult json(Caller caller, Object body) {
        Access.require(caller, PolicyModule.EDIT);
        List<?> docs;
        String base = "items";
        if (body instanceof List<?> l) {
            docs = l;
        } else if (body instanceof Map<?, ?> m && m.containsKey("items")) {
            if (!FORMAT.equals(m.get("format"))) {
                throw invalid("format", "format", "format 须为 " + FORMAT, "format must be " + FORMAT);
            }
            if (!(m.get("items") instanceof List<?> l)) {
                throw invalid("items", "type", "items 须为数组", "items must be an array");
            }
            docs = l;
        } else if (body instanceof Map<?, ?> m) {
            docs = List.of(m);
        } else {
            throw invalid("body", "type", "请求体须为政策文档、文档数组或 {format, items}",
                    "The body must be a policy document, an array of them, or {format, items}");
        }
        size(docs.size(), base);
        Problems.Errors e = new Problems.Errors();
        List<Content> drafts = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            String at = base + "[" + i + "].";
            if (!(docs.get(i) instanceof Map<?, ?> doc)) {
                e.add(base + "[" + i + "]", "type", "须为 JSON 对象", "must be a JSON object");
                continue;
            }
            PolicyInput in = fromDocument(doc, e, at);
            drafts.add(check(caller, in, e, at));
        }
        return write(caller, e, drafts, "JSON");
    }

    ImportResult csv(Caller caller, String text) {
        Access.require(caller, PolicyModule.EDIT);
        List<List<String>> rows;
        try {
            rows = CsvReader.parse(text == null ? "" : text);
        } catch (IllegalArgumentException x) {
            throw invalid("body", "csv", "CSV 格式错误：" + x.getMessage(), "Malformed CSV: " + x.getMessage());
        }
        if (rows.isEmpty()) {
            throw invalid("body", "required", "CSV 为空", "The CSV is empty");
        }
        List<String> header = rows.get(0).stream().map(String::strip).toList();
        Problems.Errors e = new Problems.Errors();
        for (String col : header) {
            if (!CSV_COLUMNS.contains(col) && !CSV_CRITERIA.contains(col)) {
                e.add("header", "unknown-column", "未知的列：" + col, "Unknown column " + col);
            }
        }
        for (String col : List.of("title", "issuingAuthority", "level", "issuedOn", "body", "categories")) {
            if (!header.contains(col)) {
                e.add("header", "missing-column", "缺少列：" + col, "Missing column " + col);
            }
        }
        e.check();
        size(rows.size() - 1, "rows");
        List<Content> drafts = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            String at = "rows[" + r + "].";
            List<String> row = rows.get(r);
            if (row.size() != header.size()) {
                e.add("rows[" + r + "]", "columns", "第 " + r + " 行有 " + row.size() + " 列，表头有 " + header.size() + " 列",
                        "Row " + r + " has " + row.size() + " columns, the header " + header.size());
                continue;
            }
            Map<String, String> v = new HashMap<>();
            for (int k = 0; k < header.size(); k++) {
                v.put(header.get(k), row.get(k).isBlank() ? null : row.get(k).strip());
            }
            Criteria c = new Criteria(list(v.get("regions")), list(v.get("industries")), list(v.get("sizes")),
                    list(v.get("tiers")), integer(e, at + "criteria.minYears", v.get("minYears")),
                    integer(e, at + "criteria.maxYears", v.get("maxYears")),
                    integer(e, at + "criteria.minEmployees", v.get("minEmployees")),
                    integer(e, at + "criteria.maxEmployees", v.get("maxEmployees")),
                    decimal(e, at + "criteria.minRevenue", v.get("minRevenue")),
                    decimal(e, at + "criteria.maxRevenue", v.get("maxRevenue")),
                    decimal(e, at + "criteria.minRdRatio", v.get("minRdRatio")),
                    decimal(e, at + "criteria.maxRdRatio", v.get("maxRdRatio")),
                    decimal(e, at + "criteria.minRdExpense", v.get("minRdExpense")),
                    decimal(e, at + "criteria.maxRdExpense", v.get("maxRdExpense")));
            PolicyInput in = new PolicyInput(v.get("title"), v.get("issuingAuthority"), v.get("documentNumber"),
                    v.get("level"), v.get("regionCode"), v.get("issuedOn"), v.get("effectiveFrom"), v.get("expiresOn"),
                    v.get("body"), list(v.get("categories")), list(v.get("tags")), c, null);
            drafts.add(check(caller, in, e, at));
        }
        return write(caller, e, drafts, "CSV");
    }

    private Content check(Caller caller, PolicyInput in, Problems.Errors e, String at) {
        Content c = policies.validator().check(in, e, at);
        if (c.regionCode() != null && !caller.covers(c.regionCode())) {
            e.add(at + "regionCode", "scope", "区划 " + c.regionCode() + " 不在您的管辖范围内",
                    "Region " + c.regionCode() + " is outside your region");
        }
        return c;
    }

    private ImportResult write(Caller caller, Problems.Errors e, List<Content> drafts, String source) {
        if (!e.isEmpty()) {
            throw ProblemException.invalid(e.list()); // criteria or not, an import answers 400 with every row's errors
        }
        List<Long> ids = policies.importDrafts(caller, drafts, source);
        return new ImportResult(ids.size(), ids);
    }

    private static void size(int n, String field) {
        if (n == 0) {
            throw invalid(field, "required", "没有要导入的政策", "Nothing to import");
        }
        if (n > MAX_ITEMS) {
            throw invalid(field, "max-items", "每次最多导入 " + MAX_ITEMS + " 条", "At most " + MAX_ITEMS + " per import");
        }
    }

    private static PolicyInput fromDocument(Map<?, ?> doc, Problems.Errors e, String at) {
        if (!FORMAT.equals(doc.get("format"))) {
            e.add(at + "format", "format", "format 须为 " + FORMAT, "format must be " + FORMAT);
        }
        for (Object key : doc.keySet()) {
            if (!DOC_FIELDS.contains(String.valueOf(key)) && !String.valueOf(key).startsWith("x-")) {
                e.add(at + key, "unknown-field", "未定义的字段 " + key + "（扩展字段须以 x- 开头）",
                        "Field " + key + " is not defined (extensions start with x-)");
            }
        }
        Criteria criteria = Criteria.NONE;
        Object c = doc.get("criteria");
        if (c instanceof Map<?, ?> m) {
            String cb = at + "criteria.";
            criteria = new Criteria(strings(e, cb + "regions", m.get("regions")), strings(e, cb + "industries", m.get("industries")),
                    strings(e, cb + "sizes", m.get("sizes")), strings(e, cb + "tiers", m.get("tiers")),
                    whole(e, cb + "minYears", m.get("minYears")), whole(e, cb + "maxYears", m.get("maxYears")),
                    whole(e, cb + "minEmployees", m.get("minEmployees")), whole(e, cb + "maxEmployees", m.get("maxEmployees")),
                    number(e, cb + "minRevenue", m.get("minRevenue")), number(e, cb + "maxRevenue", m.get("maxRevenue")),
                    number(e, cb + "minRdRatio", m.get("minRdRatio")), number(e, cb + "maxRdRatio", m.get("maxRdRatio")),
                    number(e, cb + "minRdExpense", m.get("minRdExpense")), number(e, cb + "maxRdExpense", m.get("maxRdExpense")));
        } else if (c != null) {
            e.add(at + "criteria", "type", "criteria 须为对象", "criteria must be an object");
        }
        return new PolicyInput(string(e, at + "title", doc.get("title")),
                string(e, at + "issuingAuthority", doc.get("issuingAuthority")),
                string(e, at + "documentNumber", doc.get("documentNumber")), string(e, at + "level", doc.get("level")),
                string(e, at + "regionCode", doc.get("regionCode")), string(e, at + "issuedOn", doc.get("issuedOn")),
                string(e, at + "effectiveFrom", doc.get("effectiveFrom")), string(e, at + "expiresOn", doc.get("expiresOn")),
                string(e, at + "body", doc.get("body")), strings(e, at + "categories", doc.get("categories")),
                strings(e, at + "tags", doc.get("tags")), criteria, null);
    }

    private static String string(Problems.Errors e, String field, Object v) {
        if (v == null || v instanceof String) {
            return (String) v;
        }
        e.add(field, "type", field + " 须为字符串", field + " must be a string");
        return null;
    }

    private static List<String> strings(Problems.Errors e, String field, Object v) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l && l.stream().allMatch(x -> x instanceof String)) {
            return l.stream().map(String.class::cast).toList();
        }
        e.add(field, "type", field + " 须为字符串数组", field + " must be an array of strings");
        return List.of();
    }

    private static Integer whole(Problems.Errors e, String field, Object v) {
        BigDecimal d = number(e, field, v);
        if (d == null) {
            return null;
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException x) {
            e.add(field, "type", field + " 须为整数", field + " must be an integer");
            return null;
        }
    }

    private static BigDecimal number(Problems.Errors e, String field, Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        e.add(field, "type", field + " 须为数字", field + " must be a number");
        return null;
    }

    private static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("[;；|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Integer integer(Problems.Errors e, String field, String cell) {
        BigDecimal d = decimal(e, field, cell);
        if (d == null) {
            return null;
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException x) {
            e.add(field, "type", field + " 须为整数", field + " must be an integer");
            return null;
        }
    }

    private static BigDecimal decimal(Problems.Errors e, String field, String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(cell.strip());
        } catch (NumberFormatException x) {
            e.add(field, "type", field + " 须为数字", field + " must be a number");
            return null;
        }
    }

    private static ProblemException invalid(String field, String rule, String zh, String en) {
        return ProblemException.invalid(List.of(FieldError.of(field, rule, zh, en)));
    }
}
