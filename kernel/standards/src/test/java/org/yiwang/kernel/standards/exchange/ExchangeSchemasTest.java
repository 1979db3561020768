package org.yiwang.kernel.standards.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.standards.internal.MiniJson;

class ExchangeSchemasTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(String name) {
        return (Map<String, Object>) MiniJson.parse(ExchangeSchemas.load(name));
    }

    @Test
    void listsEverySchemaWithVersionedIds() {
        assertEquals(List.of("enterprise.schema.json", "region-ref.schema.json", "service-record.schema.json",
                        "satisfaction.schema.json"),
                ExchangeSchemas.list().stream().map(SchemaRef::name).toList());
        for (SchemaRef ref : ExchangeSchemas.list()) {
            Map<String, Object> s = schema(ref.name());
            assertEquals("https://json-schema.org/draft/2020-12/schema", s.get("$schema"));
            assertEquals("https://yiwang.org/schemas/exchange/1/" + ref.name(), s.get("$id"));
            assertEquals(ref.id(), s.get("$id"));
        }
        assertEquals("yiwang.exchange/1", ExchangeSchemas.FORMAT);
    }

    @Test
    void findsByNameOrId() {
        assertTrue(ExchangeSchemas.find("https://yiwang.org/schemas/exchange/1/region-ref.schema.json").isPresent());
        assertTrue(ExchangeSchemas.find("nope.json").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ExchangeSchemas.load("nope.json"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void enterpriseSchemaCarriesTheMarkerAndRequiredFields() {
        Map<String, Object> s = schema(ExchangeSchemas.ENTERPRISE);
        Map<String, Object> props = (Map<String, Object>) s.get("properties");
        assertEquals(ExchangeSchemas.FORMAT, ((Map<String, Object>) props.get("format")).get("const"));
        assertEquals(List.of("format", "uscc", "name", "regionCode", "industryCode"), s.get("required"));
        assertTrue(props.keySet().containsAll(List.of("size", "tiers", "employees", "operatingRevenue", "totalAssets", "established")));
        assertEquals(List.of("LARGE", "MEDIUM", "SMALL", "MICRO"), ((Map<String, Object>) props.get("size")).get("enum"));
        assertEquals(Boolean.FALSE, s.get("additionalProperties"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void schemaPatternsAgreeWithTheJavaRules() {
        Map<String, Object> props = (Map<String, Object>) schema(ExchangeSchemas.ENTERPRISE).get("properties");
        Pattern uscc = Pattern.compile((String) ((Map<String, Object>) props.get("uscc")).get("pattern"));
        assertTrue(uscc.matcher("91350100M000100Y43").matches());
        assertFalse(uscc.matcher("91350100M000100Y4Z").matches());
        assertFalse(uscc.matcher("91A50100M000100Y43").matches());
        Pattern industry = Pattern.compile((String) ((Map<String, Object>) props.get("industryCode")).get("pattern"));
        for (String ok : List.of("C", "C33", "33", "C3311", "331")) {
            assertTrue(industry.matcher(ok).matches(), ok);
        }
        for (String bad : List.of("", "U", "C3", "C33111")) {
            assertFalse(industry.matcher(bad).matches(), bad);
        }
        Map<String, Object> defs = (Map<String, Object>) schema(ExchangeSchemas.REGION_REF).get("$defs");
        Pattern region = Pattern.compile((String) ((Map<String, Object>) defs.get("code")).get("pattern"));
        assertTrue(region.matcher("429004").matches());
        assertFalse(region.matcher("42900").matches());
    }

    @Test
    @SuppressWarnings("unchecked")
    void ledgerSchemasCarryTheMarkerTheVocabularyAndTheScoreRange() {
        Map<String, Object> record = schema(ExchangeSchemas.SERVICE_RECORD);
        Map<String, Object> props = (Map<String, Object>) record.get("properties");
        assertEquals(ExchangeSchemas.FORMAT, ((Map<String, Object>) props.get("format")).get("const"));
        assertEquals(List.of("ONLINE", "OFFLINE", "HOTLINE", "ON_SITE"), ((Map<String, Object>) props.get("channel")).get("enum"));
        assertEquals(java.util.Arrays.stream(org.yiwang.kernel.standards.service.ServiceCategory.values())
                .map(org.yiwang.kernel.standards.service.ServiceCategory::code).toList(),
                ((Map<String, Object>) props.get("category")).get("enum"));
        assertEquals("satisfaction.schema.json", ((Map<String, Object>) props.get("satisfaction")).get("$ref"));
        assertEquals(Boolean.FALSE, record.get("additionalProperties"));
        Map<String, Object> rating = (Map<String, Object>) ((Map<String, Object>) schema(ExchangeSchemas.SATISFACTION)
                .get("properties")).get("score");
        assertEquals(new java.math.BigDecimal("1"), rating.get("minimum"));
        assertEquals(new java.math.BigDecimal("5"), rating.get("maximum"));
    }
}
