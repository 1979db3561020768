package org.yiwang.kernel.standards.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotedFieldsCommentsAndMetadata() {
        List<String> lines = List.of("@id=X", "# comment", "a,b,c", "1,\"x, y\",\"say \"\"hi\"\"\"", "", "2, z ,");
        assertEquals(List.of(List.of("1", "x, y", "say \"hi\""), List.of("2", "z", "")), Csv.records(lines, "a,b"));
        assertEquals(Map.of("id", "X"), Csv.metadata(lines));
    }

    @Test
    void wrongHeaderOrBrokenQuote() {
        assertThrows(IllegalStateException.class, () -> Csv.records(List.of("x,y", "1,2"), "a,b"));
        assertThrows(IllegalStateException.class, () -> Csv.records(List.of("a,b", "1,\"2"), "a,b"));
    }

    @Test
    void missingResource() {
        assertThrows(IllegalStateException.class, () -> Resources.lines("org/yiwang/nope.csv"));
    }
}
