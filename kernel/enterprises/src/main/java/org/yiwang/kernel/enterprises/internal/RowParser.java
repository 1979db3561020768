package org.yiwang.kernel.enterprises.internal;

import static org.yiwang.kernel.enterprises.internal.Messages.add;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.yiwang.kernel.api.enterprise.Contact;
import org.yiwang.kernel.api.enterprise.Enterprise;
import org.yiwang.kernel.api.enterprise.TierAward;
import org.yiwang.kernel.api.problem.FieldError;

/**
 * Turns one row of an import file into an unvalidated profile; cells that don't parse become
 * field errors and null values. Lists are written {@code BASE:2024-05-20;SPECIALISED:2025-01-01}
 * (tiers), {@code 张三|总经理|0591-1234567|z@example.cn;…} (contacts) and {@code a;b} (tags).
 */
final class RowParser {

    /** Day 0 of Excel's 1900 date system as used by serial numbers above 60. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("uuuu.M.d");

    private final ImportColumns columns;
    private final boolean excelDates;

    RowParser(ImportColumns columns, boolean excelDates) {
        this.columns = columns;
        this.excelDates = excelDates;
    }

    Enterprise parse(String[] row, List<FieldError> errors) {
        return new Enterprise(text(row, Fields.USCC), text(row, Fields.NAME), text(row, Fields.REGION),
                text(row, Fields.INDUSTRY), null, integer(row, Fields.EMPLOYEES, errors),
                decimal(row, Fields.REVENUE, errors), decimal(row, Fields.ASSETS, errors),
                date(cell(row, Fields.ESTABLISHED), Fields.ESTABLISHED, errors), decimal(row, Fields.RD_EXPENSE, errors),
                null, integer(row, Fields.IP_CLASS_ONE, errors), integer(row, Fields.IP_TOTAL, errors),
                tiers(cell(row, Fields.TIERS), errors), contacts(cell(row, Fields.CONTACTS)), tags(cell(row, Fields.TAGS)),
                null, null, 0L);
    }

    private String cell(String[] row, String field) {
        String s = columns.cell(row, field);
        if (s == null) {
            return null;
        }
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    private String text(String[] row, String field) {
        return cell(row, field);
    }

    private Integer integer(String[] row, String field, List<FieldError> errors) {
        String s = cell(row, field);
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException notPlain) {
            try {
                return new BigDecimal(s.replace(",", "")).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                add(errors, field, "integer", field + " 应为整数", field + " must be a whole number");
                return null;
            }
        }
    }

    private BigDecimal decimal(String[] row, String field, List<FieldError> errors) {
        String s = cell(row, field);
        if (s == null) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(s.replace(",", ""));
            // spreadsheet numbers carry binary noise (1850.4999999999998): keep the shortest decimal form
            return excelDates && v.precision() > 15 ? BigDecimal.valueOf(v.doubleValue()) : v;
        } catch (NumberFormatException e) {
            add(errors, field, "number", field + " 应为数字（单位：万元）", field + " must be a number (unit: 万元)");
            return null;
        }
    }

    private LocalDate date(String s, String field, List<FieldError> errors) {
        if (s == null) {
            return null;
        }
        try {
            if (s.length() == 10 && s.charAt(4) == '-') {
                return LocalDate.parse(s);
            }
            if (excelDates && s.matches("\\d{1,6}(\\.0+)?")) {
                return EXCEL_EPOCH.plusDays(Long.parseLong(s.replaceAll("\\..*", "")));
            }
            return LocalDate.parse(s, s.indexOf('/') > 0 ? SLASHED : DOTTED);
        } catch (DateTimeParseException e) {
            add(errors, field, "date", field + " 应为日期，如 2010-03-08", field + " must be a date such as 2010-03-08");
            return null;
        }
    }

    private List<TierAward> tiers(String s, List<FieldError> errors) {
        if (s == null) {
            return List.of();
        }
        List<TierAward> out = new ArrayList<>();
        for (String part : s.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int colon = part.indexOf(':');
            if (colon < 0) {
                add(errors, Fields.TIERS, "format", "梯度培育应写作 称号:认定日期，多个用 ; 分隔",
                        "tiers must be written TIER:awardedOn, separated by ;");
                return List.of();
            }
            LocalDate on = date(part.substring(colon + 1).strip(), Fields.TIERS, errors);
            if (on == null) {
                return List.of();
            }
            out.add(new TierAward(part.substring(0, colon).strip(), on, null));
        }
        return out;
    }

    private static List<Contact> contacts(String s) {
        if (s == null) {
            return List.of();
        }
        List<Contact> out = new ArrayList<>();
        for (String part : s.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] f = part.split("\\|", -1);
            out.add(new Contact(f[0], f.length > 1 ? f[1] : null, f.length > 2 ? f[2] : null,
                    f.length > 3 ? String.join("|", List.of(f).subList(3, f.length)) : null));
        }
        return out;
    }

    private static List<String> tags(String s) {
        if (s == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : s.split(";")) {
            if (!part.isBlank()) {
                out.add(part);
            }
        }
        return out;
    }
}
