package org.yiwang.kernel.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiwang.kernel.api.problem.FieldError;

class PasswordPolicyTest {

    private static List<String> rules(String username, String password) {
        return PasswordPolicy.check("password", username, password).stream().map(FieldError::rule).toList();
    }

    @Test
    void strongPasswordPasses() {
        assertEquals(List.of(), rules("zhangsan", "Correct-Horse-42"));
        assertEquals(List.of(), rules("zhangsan", "correcthorse42!"), "lower + digit + other is three classes");
        assertEquals(List.of(), rules("zhangsan", "CORRECTHORSe42"), "lower + upper + digit");
    }

    @Test
    void requiredWhenMissing() {
        assertEquals(List.of("required"), rules("zhangsan", null));
        assertEquals(List.of("required"), rules("zhangsan", ""));
    }

    @Test
    void atLeastTwelveCharacters() {
        assertEquals(List.of("min-length"), rules("zhangsan", "Abc-def-123"));
        assertEquals(List.of(), rules("zhangsan", "Abc-def-1234"));
    }

    @Test
    void atMost256Characters() {
        assertEquals(List.of("max-length"), rules("zhangsan", "Aa1-".repeat(65)));
    }

    @Test
    void threeOfFourCharacterClasses() {
        assertEquals(List.of("character-classes"), rules("zhangsan", "abcdefghijkl"));
        assertEquals(List.of("character-classes"), rules("zhangsan", "abcdefghij12"));
        assertEquals(List.of("character-classes"), rules("zhangsan", "ABCDEFGHIJKL-"));
        assertEquals(4, PasswordPolicy.classes("aA1-"));
        assertEquals(1, PasswordPolicy.classes("密码密码"));
    }

    @Test
    void mustNotContainTheUsernameIgnoringCase() {
        assertEquals(List.of("contains-username"), rules("zhangsan", "My-ZhangSan-2025"));
        assertEquals(List.of(), rules("lisi", "My-ZhangSan-2025"));
    }

    @Test
    void everyBrokenRuleIsNamedAndNoMessageEchoesThePassword() {
        List<FieldError> errors = PasswordPolicy.check("newPassword", "abc", "abcabc");
        assertEquals(List.of("min-length", "character-classes", "contains-username"),
                errors.stream().map(FieldError::rule).toList());
        for (FieldError e : errors) {
            assertEquals("newPassword", e.field());
            assertFalse(e.message().en().contains("abcabc"));
            assertFalse(e.message().zh().contains("abcabc"));
        }
        assertTrue(errors.get(0).message().en().contains("12"));
    }
}
