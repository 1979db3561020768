package org.yiwang.kernel.web.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.problem.ProblemType;

/** Turns Jackson's parse and binding failures into problems that name the field and the rule. */
final class JsonErrors {

    private JsonErrors() {
    }

    static ProblemException toProblem(JsonProcessingException e) {
        if (e instanceof ValueInstantiationException vie && vie.getCause() instanceof ProblemException pe) {
            return pe;
        }
        if (e instanceof JsonMappingException && e.getCause() instanceof StreamReadException syntax) {
            return toProblem(syntax);
        }
        if (e instanceof StreamReadException || !(e instanceof JsonMappingException)) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            String zhWhere = at == null ? "" : "（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列）";
            return new ProblemException(ProblemType.MALFORMED_JSON, LocalizedText.of(
                    "请求体不是合法的 JSON" + zhWhere + "：" + e.getOriginalMessage(),
                    "Request body is not valid JSON" + where + ": " + e.getOriginalMessage()));
        }
        JsonMappingException jme = (JsonMappingException) e;
        String field = path(jme);
        if (jme instanceof UnrecognizedPropertyException u) {
            return ProblemException.invalid(List.of(FieldError.of(field, "unknown",
                    "未知字段 " + u.getPropertyName(), "unknown field '" + u.getPropertyName() + "'")));
        }
        if (jme instanceof InvalidFormatException f) {
            String expected = jsonType(f.getTargetType());
            return ProblemException.invalid(List.of(FieldError.of(field, "type",
                    "应为 " + expected + "，收到 " + f.getValue(),
                    "expected " + expected + ", got '" + f.getValue() + "'")));
        }
        if (jme instanceof MismatchedInputException m && m.getTargetType() != null) {
            String expected = jsonType(m.getTargetType());
            if (field.isEmpty()) {
                return new ProblemException(ProblemType.MALFORMED_JSON, LocalizedText.of(
                        "请求体应为 " + expected, "Request body must be " + expected));
            }
            return ProblemException.invalid(List.of(FieldError.of(field, "type",
                    "应为 " + expected, "expected " + expected)));
        }
        if (jme instanceof ValueInstantiationException && jme.getCause() != null) {
            String why = jme.getCause().getMessage();
            return ProblemException.invalid(List.of(FieldError.of(field.isEmpty() ? "body" : field, "invalid",
                    "取值不合法：" + why, "invalid value: " + why)));
        }
        return ProblemException.invalid(List.of(FieldError.of(field.isEmpty() ? "body" : field, "invalid",
                "取值不合法：" + jme.getOriginalMessage(), "invalid value: " + jme.getOriginalMessage())));
    }

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The JSON name of what a Java type expects, as a client developer would say it. */
    static String jsonType(Class<?> t) {
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class
                || t == short.class || t == Short.class || t == BigInteger.class) {
            return "integer";
        }
        if (t == double.class || t == Double.class || t == float.class || t == Float.class || t == BigDecimal.class) {
            return "number";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "boolean";
        }
        if (t == String.class || t == char.class || t == Character.class) {
            return "string";
        }
        if (t == LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (t == OffsetDateTime.class || t == java.time.Instant.class) {
            return "date-time (ISO 8601)";
        }
        if (t.isEnum()) {
            return "one of " + Arrays.toString(t.getEnumConstants());
        }
        if (t.isArray() || Collection.class.isAssignableFrom(t)) {
            return "array";
        }
        return "object";
    }
}
