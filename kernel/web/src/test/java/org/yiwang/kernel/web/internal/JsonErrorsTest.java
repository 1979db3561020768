package org.yiwang.kernel.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.problem.Problem;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.problem.ProblemType;

class JsonErrorsTest {

    public record Item(String name, int count) {
    }

    public record Order(String customer, LocalDate due, List<Item> items) {
    }

    private final ObjectMapper mapper = Json.mapper();

    private ProblemException problemFor(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, Order.class));
        return JsonErrors.toProblem(e);
    }

    @Test
    void syntaxErrorsAreMalformedJsonWithThePosition() {
        ProblemException p = problemFor("{\"customer\": \"a\",");
        assertEquals(ProblemType.MALFORMED_JSON, p.type());
        assertTrue(p.detail().en().contains("line 1"), p.detail().en());
        assertEquals(ProblemType.MALFORMED_JSON, problemFor("{\"customer\": \"unterminated").type());
        assertEquals(ProblemType.MALFORMED_JSON, problemFor("{\"items\": [{\"name\": }]}").type());
    }

    @Test
    void wrongTypesNameTheFieldPathAndTheExpectedType() {
        ProblemException p = problemFor("{\"items\": [{\"name\": \"x\", \"count\": 1}, {\"name\": \"y\", \"count\": \"many\"}]}");
        assertEquals(ProblemType.INVALID_INPUT, p.type());
        assertEquals("items[1].count", p.errors().get(0).field());
        assertEquals("type", p.errors().get(0).rule());
        assertTrue(p.errors().get(0).message().en().contains("integer"), p.errors().get(0).message().en());
    }

    @Test
    void badDatesAndUnknownFieldsAreNamed() {
        ProblemException date = problemFor("{\"due\": \"31/12/2026\"}");
        assertEquals("due", date.errors().get(0).field());
        assertTrue(date.errors().get(0).message().en().contains("YYYY-MM-DD"));
        ProblemException unknown = problemFor("{\"customr\": \"a\"}");
        assertEquals("customr", unknown.errors().get(0).field());
        assertEquals("unknown", unknown.errors().get(0).rule());
    }

    @Test
    void arrayWhereObjectExpectedIsMalformedBody() {
        ProblemException p = problemFor("[1, 2]");
        assertEquals(ProblemType.MALFORMED_JSON, p.type());
    }

    @Test
    void problemsRenderInTheRequestedLanguage() {
        ProblemException p = problemFor("{\"customr\": \"a\"}");
        Problem en = Problems.render(p, Problems.language(List.of(Locale.forLanguageTag("en-US"))), "/api/x", null);
        Problem zh = Problems.render(p, Problems.language(List.of()), "/api/x", null);
        assertEquals("urn:yiwang:problem:invalid-input", en.type());
        assertEquals(400, en.status());
        assertEquals("Request is invalid", en.title());
        assertEquals("请求参数不合法", zh.title());
        assertTrue(zh.errors().get(0).get("message").contains("未知字段"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Problems.language(List.of(Locale.forLanguageTag("zh-TW"),
                Locale.forLanguageTag("en"))));
    }
}
