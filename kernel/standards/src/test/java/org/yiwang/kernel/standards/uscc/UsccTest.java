package org.yiwang.kernel.standards.uscc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yiwang.kernel.standards.uscc.Uscc.Mode;

class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {"91110108551385082Q", "91110000600037341L", "91310110666007217T", "91350100M000100Y43"})
    void publicExamplesPassStrict(String code) {
        UsccResult r = Uscc.validate(code, Mode.STRICT);
        assertTrue(r.valid(), r.detail());
        assertNull(r.failedStep());
        assertTrue(r.warnings().isEmpty());
        assertEquals(code, r.normalized());
    }

    @Test
    void standardsOwnWorkedExampleFailsTheCheckCharacter() {
        UsccResult r = Uscc.validate("91350100M000100Y4Z", Mode.STRICT);
        assertFalse(r.valid());
        assertEquals(UsccStep.CHECK_CHARACTER, r.failedStep());
        assertTrue(r.detail().contains("'3'"), r.detail());
        assertEquals('3', Uscc.checkCharacter("91350100M000100Y4"));
    }

    @Test
    void pilotCodePassesOnlyInLenientModeWithAWarning() {
        UsccResult strict = Uscc.validate("91350100M0001TGQXM", Mode.STRICT);
        assertFalse(strict.valid());
        assertEquals(UsccStep.CHECK_CHARACTER, strict.failedStep());

        UsccResult lenient = Uscc.validate("91350100M0001TGQXM", Mode.LENIENT);
        assertTrue(lenient.valid());
        assertEquals(1, lenient.warnings().size());
        assertTrue(lenient.warnings().get(0).contains("mod-31"), lenient.warnings().get(0));
        assertNull(lenient.failedStep());
    }

    @Test
    void normalisesCaseSpacesAndHyphens() {
        UsccResult r = Uscc.validate("  9111-0108 5513-8508 2q ", Mode.STRICT);
        assertTrue(r.valid(), r.detail());
        assertEquals("91110108551385082Q", r.normalized());
        assertEquals("", Uscc.normalize(null));
        assertEquals("AB", Uscc.normalize("a\u3000b"));
    }

    @Test
    void splitsTheParts() {
        UsccParts p = Uscc.validate("91350100M000100Y43", Mode.STRICT).parts();
        assertEquals(new UsccParts("9", "1", "350100", "M000100Y4"), p);
        assertNull(Uscc.validate("9135", Mode.STRICT).parts());
        assertEquals("350100", Uscc.validate("91350100M000100Y4", Mode.STRICT).parts().regionCode());
    }

    @Test
    void failsLength() {
        for (String c : new String[] {"", "91110108551385082", "91110108551385082QQ"}) {
            UsccResult r = Uscc.validate(c, Mode.LENIENT);
            assertEquals(UsccStep.LENGTH, r.failedStep(), c);
            assertTrue(r.detail().contains(c.length() + " characters"), r.detail());
        }
        assertEquals(UsccStep.LENGTH, Uscc.validate(null, Mode.STRICT).failedStep());
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z', '*'})
    void failsCharset(char bad) {
        UsccResult r = Uscc.validate("911101085" + bad + "1385082Q", Mode.LENIENT);
        assertEquals(UsccStep.CHARSET, r.failedStep());
        assertTrue(r.detail().contains("position 10"), r.detail());
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z', '*'})
    void aCheckCharacterOutsideTheCharsetFailsTheCheckStepEvenWhenLenient(char bad) {
        for (Mode mode : Mode.values()) {
            UsccResult r = Uscc.validate("91110108551385082" + bad, mode);
            assertFalse(r.valid());
            assertEquals(UsccStep.CHECK_CHARACTER, r.failedStep());
            assertTrue(r.detail().contains("'Q'"), r.detail());
        }
    }

    @Test
    void failsRegionDigits() {
        String body = "91A10108551385082";
        UsccResult r = Uscc.validate(body + Uscc.checkCharacter(body), Mode.LENIENT);
        assertEquals(UsccStep.REGION_DIGITS, r.failedStep());
        assertTrue(r.detail().contains("Position 3"), r.detail());
    }

    @Test
    void failsOrgCodeCheckInStrictModeOnly() {
        String body = "91350100M000100Y5"; // org check should be 4
        String code = body + Uscc.checkCharacter(body);
        UsccResult r = Uscc.validate(code, Mode.STRICT);
        assertEquals(UsccStep.ORG_CODE_CHECK, r.failedStep());
        assertTrue(r.detail().contains("'4'"), r.detail());
        assertTrue(Uscc.validate(code, Mode.LENIENT).valid());
    }

    @Test
    void failsAuthorityCategoryInStrictModeOnly() {
        String disallowed = withChecks("94", "350100", "M000100Y");
        UsccResult r = Uscc.validate(disallowed, Mode.STRICT);
        assertEquals(UsccStep.AUTHORITY_CATEGORY, r.failedStep());
        assertTrue(r.detail().contains("not allowed"), r.detail());
        assertTrue(Uscc.validate(disallowed, Mode.LENIENT).valid());

        UsccResult unknown = Uscc.validate(withChecks("B1", "350100", "M000100Y"), Mode.STRICT);
        assertEquals(UsccStep.AUTHORITY_CATEGORY, unknown.failedStep());
        assertTrue(unknown.detail().contains("not a known authority"), unknown.detail());
    }

    @Test
    void authorityTableMatchesTheStandard() {
        assertTrue(Uscc.isAllowedPair('3', '5'));
        assertTrue(Uscc.isAllowedPair('Y', '1'));
        assertFalse(Uscc.isAllowedPair('Y', '2'));
        assertFalse(Uscc.isAllowedPair('9', '9'));
        assertTrue(Uscc.isAllowedPair('N', '3'));
        assertFalse(Uscc.isAllowedPair('2', '2'));
    }

    @Test
    void failsUnknownRegionInStrictModeOnly() {
        String code = withChecks("91", "990000", "M000100Y");
        UsccResult r = Uscc.validate(code, Mode.STRICT);
        assertEquals(UsccStep.REGION_KNOWN, r.failedStep());
        assertTrue(r.detail().contains("990000"), r.detail());
        assertTrue(Uscc.validate(code, Mode.LENIENT).valid());
        assertTrue(Uscc.validate(code, Mode.STRICT, c -> true).valid());
    }

    @Test
    void retiredRegionCodesAreKnown() {
        assertTrue(Uscc.validate(withChecks("91", "110103", "M000100Y"), Mode.STRICT).valid());
    }

    @Test
    void checkCharacterHelpersRejectBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Uscc.checkCharacter("123"));
        assertThrows(IllegalArgumentException.class, () -> Uscc.checkCharacter("9111010855138508I"));
        assertThrows(IllegalArgumentException.class, () -> Uscc.orgCheckCharacter("1234567"));
        assertThrows(IllegalArgumentException.class, () -> Uscc.orgCheckCharacter("1234567*"));
        assertEquals('X', Uscc.orgCheckCharacter("M0001TGQ"));
    }

    /** Builds a code with both check characters correct. */
    static String withChecks(String authorityCategory, String region, String orgBody) {
        String first17 = authorityCategory + region + orgBody + Uscc.orgCheckCharacter(orgBody);
        return first17 + Uscc.checkCharacter(first17);
    }
}
