package org.yiwang.module.institutions.internal;

/**
 * A contact person of an institution. Personal data: shown only to the institution itself and to
 * staff of its region, never to the public, never written to logs or the audit trail.
 */
public record Contact(String name, String role, String phone, String email) {

    @Override
    public String toString() {
        return "Contact[…]";
    }
}
