package org.yiwang.kernel.standards.service;

/** Targets set by the guidance for the platform network. */
public final class ServiceTargets {

    /** Minimum enterprise satisfaction, in percent. */
    public static final int MIN_SATISFACTION_PERCENT = 90;

    private ServiceTargets() {
    }

    /** Whether a satisfaction rate (percent, 0-100) meets the target. */
    public static boolean meetsSatisfactionTarget(double satisfactionPercent) {
        if (satisfactionPercent < 0 || satisfactionPercent > 100 || Double.isNaN(satisfactionPercent)) {
            throw new IllegalArgumentException("satisfaction must be 0-100 percent, got " + satisfactionPercent);
        }
        return satisfactionPercent >= MIN_SATISFACTION_PERCENT;
    }
}
