package org.yiwang.module.institutions.internal;

import java.time.Instant;

/**
 * An institution as the API shows it: its registry status with the reason of the last change, the
 * notice of exit and appeal if any, the key dates, the approved {@code profile} and, for the
 * institution itself and staff, a {@code pendingProfile} change waiting for approval (else null).
 */
public record Institution(long id, String uscc, String region, Status status, String statusReason, Instant noticeAt,
                          Instant appealDeadline, String appealText, Instant appealedAt, Instant appliedAt,
                          Instant admittedAt, Instant removedAt, Profile profile, Profile pendingProfile) {

    String name() {
        return profile == null ? "" : profile.name();
    }

    Institution forPublic() {
        return new Institution(id, uscc, region, status, status == Status.REJECTED ? null : statusReason, noticeAt,
                appealDeadline, null, appealedAt, appliedAt, admittedAt, removedAt,
                profile == null ? null : profile.withoutPersonalData(), null);
    }

    Institution withoutPending() {
        return new Institution(id, uscc, region, status, statusReason, noticeAt, appealDeadline, appealText, appealedAt,
                appliedAt, admittedAt, removedAt, profile, null);
    }
}
