package org.yiwang.kernel.standards.industry;

/** Level of a GB/T 4754 code. */
public enum IndustryLevel {
    /** Letter A-T (门类). */
    SECTION,
    /** Two digits (大类). */
    DIVISION,
    /** Three digits (中类). */
    GROUP,
    /** Four digits (小类). */
    CLASS
}
