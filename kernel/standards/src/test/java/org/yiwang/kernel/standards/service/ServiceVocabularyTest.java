package org.yiwang.kernel.standards.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceVocabularyTest {

    @Test
    void eightCoreCategoriesInOrder() {
        assertEquals(List.of("信息服务", "人才培训", "创业辅导", "管理咨询", "技术支持", "融资担保", "市场开拓", "法律援助"),
                ServiceCategory.coreCategories().stream().map(ServiceCategory::nameZh).toList());
        assertEquals(4, ServiceCategory.values().length - ServiceCategory.coreCategories().size());
    }

    @Test
    void codesAreUniqueAndResolvable() {
        assertEquals(ServiceCategory.values().length,
                Arrays.stream(ServiceCategory.values()).map(ServiceCategory::code).distinct().count());
        for (ServiceCategory c : ServiceCategory.values()) {
            assertEquals(c, ServiceCategory.byCode(c.code()).orElseThrow());
            assertTrue(c.code().matches("[a-z]+(-[a-z]+)*"), c.code());
            assertFalse(c.nameEn().isBlank());
        }
        assertTrue(ServiceCategory.byCode("LEGAL_AID").isEmpty());
        assertEquals(ServiceCategory.RIGHTS_PROTECTION, ServiceCategory.byCode("rights-protection").orElseThrow());
    }

    @Test
    void sixDisclosuresFourChannelsFiveUnifiedElements() {
        assertEquals(List.of("ITEM", "CONTENT", "PROCESS", "STANDARD", "SUPERVISION", "CONTACT"),
                Arrays.stream(Disclosure.values()).map(Enum::name).toList());
        assertEquals(List.of("ONLINE", "OFFLINE", "HOTLINE", "ON_SITE"), Arrays.stream(Channel.values()).map(Enum::name).toList());
        assertEquals(5, UnifiedElement.values().length);
        assertTrue(Arrays.stream(Disclosure.values()).noneMatch(d -> d.nameZh().isBlank() || d.nameEn().isBlank()));
        assertTrue(Arrays.stream(Channel.values()).noneMatch(d -> d.nameZh().isBlank() || d.nameEn().isBlank()));
    }

    @Test
    void satisfactionTarget() {
        assertTrue(ServiceTargets.meetsSatisfactionTarget(90));
        assertFalse(ServiceTargets.meetsSatisfactionTarget(89.9));
        assertThrows(IllegalArgumentException.class, () -> ServiceTargets.meetsSatisfactionTarget(101));
        assertThrows(IllegalArgumentException.class, () -> ServiceTargets.meetsSatisfactionTarget(Double.NaN));
    }
}
