package org.yiwang.kernel.ledger.internal;

import org.yiwang.kernel.api.ledger.ServiceRecord;

/**
 * What one record adds to the additive KPI sums in its state: the unit the aggregate rows are kept
 * in step with (a write applies {@code after.minus(before)}).
 */
record Contribution(long records, long completed, long onlineDone, long ratings, long satisfied, long followedDone,
                    long responded, long responseSeconds, long resolutionSeconds) {

    static final Contribution ZERO = new Contribution(0, 0, 0, 0, 0, 0, 0, 0, 0);

    static Contribution of(ServiceRecord r) {
        boolean done = r.completedAt() != null;
        long response = r.respondedAt() == null ? 0 : seconds(r.requestedAt(), r.respondedAt());
        long resolution = done ? seconds(r.requestedAt(), r.completedAt()) : 0;
        return new Contribution(1, done ? 1 : 0, done && "ONLINE".equals(r.channel()) ? 1 : 0,
                r.rating() == null ? 0 : 1, r.rating() != null && r.rating().satisfied() ? 1 : 0,
                done && r.followUps() > 0 ? 1 : 0, r.respondedAt() == null ? 0 : 1, response, resolution);
    }

    private static long seconds(java.time.Instant from, java.time.Instant to) {
        return Math.max(0, to.getEpochSecond() - from.getEpochSecond());
    }

    Contribution plus(Contribution o) {
        return new Contribution(records + o.records, completed + o.completed, onlineDone + o.onlineDone,
                ratings + o.ratings, satisfied + o.satisfied, followedDone + o.followedDone, responded + o.responded,
                responseSeconds + o.responseSeconds, resolutionSeconds + o.resolutionSeconds);
    }

    Contribution minus(Contribution o) {
        return new Contribution(records - o.records, completed - o.completed, onlineDone - o.onlineDone,
                ratings - o.ratings, satisfied - o.satisfied, followedDone - o.followedDone, responded - o.responded,
                responseSeconds - o.responseSeconds, resolutionSeconds - o.resolutionSeconds);
    }

    boolean isZero() {
        return equals(ZERO);
    }
}
