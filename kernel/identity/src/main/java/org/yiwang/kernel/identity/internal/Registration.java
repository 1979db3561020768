package org.yiwang.kernel.identity.internal;

import java.time.Instant;

/** An enterprise's self-registration and its decision. {@code regionCode} = the USCC's digits 3-8. */
public record Registration(String id, String accountId, String username, String uscc, String name, String contact,
                           String regionCode, RegistrationStatus status, String reason, Instant createdAt,
                           Instant decidedAt, String decidedBy) {
}
