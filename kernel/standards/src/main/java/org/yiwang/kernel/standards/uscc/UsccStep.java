package org.yiwang.kernel.standards.uscc;

/** The validation steps of a USCC, in the order they run. */
public enum UsccStep {
    /** 18 characters after normalisation. */
    LENGTH,
    /**
     * Positions 1-17 in the 31-character set {@code 0-9 A-H J-N P Q R T U W X Y}. Position 18 is
     * judged by {@link #CHECK_CHARACTER}, so a code ending in e.g. {@code Z} reports the expected
     * check character.
     */
    CHARSET,
    /** Positions 3-8 (the GB/T 2260 division of the registering authority) are digits. */
    REGION_DIGITS,
    /**
     * Position 18, the modulus-31 check character of GB 32100-2015. Lenient mode turns a wrong
     * check character into a warning, but still rejects one outside the character set.
     */
    CHECK_CHARACTER,
    /** Strict only: position 17, the modulus-11 check of the GB 11714 organisation code. */
    ORG_CODE_CHECK,
    /** Strict only: the registration-authority / organisation-category pair is allowed. */
    AUTHORITY_CATEGORY,
    /** Strict only: the division code at positions 3-8 is known in some vintage. */
    REGION_KNOWN
}
