package org.yiwang.kernel.api.ledger;

/**
 * Who delivered a service.
 *
 * @param kind {@code PLATFORM_UNIT} (a service window of the platform, id = its region code or unit
 *             id), {@code INSTITUTION} (a registered service institution) or {@code EXPERT}
 * @param id   stable id within its kind
 * @param name display name
 */
public record Provider(Kind kind, String id, String name) {

    public enum Kind { PLATFORM_UNIT, INSTITUTION, EXPERT }
}
