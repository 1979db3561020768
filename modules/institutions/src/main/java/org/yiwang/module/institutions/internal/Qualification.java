package org.yiwang.module.institutions.internal;

import java.time.LocalDate;

/**
 * A qualification or certification of an institution: name, issuer, certificate number, the last
 * day it is valid (null: no expiry) and whether the registry requires it (an expired required
 * qualification starts the exit procedure).
 */
public record Qualification(String name, String issuer, String number, LocalDate validUntil, Boolean required) {
}
