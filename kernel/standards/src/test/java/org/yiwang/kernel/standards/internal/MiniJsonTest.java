package org.yiwang.kernel.standards.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MiniJsonTest {

    @Test
    void parsesAllValueKinds() {
        Object v = MiniJson.parse(" {\"a\": [1, -2.5e1, true, false, null], \"b\": \"x\\u4e2d\\n\\\"\", \"c\": {}} ");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals(Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.5e1"), true, false, null), m.get("a"));
        assertEquals("x中\n\"", m.get("b"));
        assertEquals(Map.of(), m.get("c"));
        assertEquals(List.of("a", "b", "c"), List.copyOf(m.keySet()));
        assertNull(MiniJson.parse("null"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\":1,}", "[1 2]", "01", "1.", "\"abc", "{\"a\":1,\"a\":2}", "tru", "{} x", "{a:1}", "\"\\x\""})
    void rejectsMalformed(String json) {
        assertThrows(IllegalArgumentException.class, () -> MiniJson.parse(json));
    }
}
