package org.yiwang.module.policy.internal;

/**
 * Body of {@code POST /api/policy/policies/{id}/consultations} and {@code …/applications}: the
 * question or application text; staff acting for an enterprise name it ({@code uscc}) and may give
 * the {@code channel} (HOTLINE by default for staff, ONLINE for an enterprise) and, for a
 * consultation answered on the spot, the {@code answer} (the service record is then completed).
 */
public record RequestInput(String uscc, String text, String channel, String answer) {
}
