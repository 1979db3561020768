package org.yiwang.module.demands.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.yiwang.kernel.api.ledger.Ledger;
import org.yiwang.kernel.api.ledger.NewServiceRecord;
import org.yiwang.kernel.api.ledger.Provider;
import org.yiwang.kernel.api.ledger.ServiceRecord;
import org.yiwang.kernel.api.security.Caller;

/**
 * What the ledger learns of a demand: a completed service record on resolution (the handling window
 * or institution as provider), the follow-up visit, and the rating; and who may rate when.
 */
final class Resolutions {

    static final Set<String> FOLLOW_UP_CHANNELS = Set.of("HOTLINE", "ON_SITE", "ONLINE", "OFFLINE");

    private final Ledger ledger;

    Resolutions(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Writes the completed record (idempotent by demand id) and returns its ledger id. */
    String record(Caller caller, Demand d, String resolution, Instant now) {
        Provider provider = d.institutionId() != null
                ? new Provider(Provider.Kind.INSTITUTION, d.institutionId(), d.institutionName())
                : new Provider(Provider.Kind.PLATFORM_UNIT, d.windowRegion(), d.windowName());
        ServiceRecord r = ledger.record(caller, new NewServiceRecord(d.uscc(), d.windowRegion(),
                DemandEvents.MODULE_ID, d.category(), d.channel().name(), provider, d.title(), String.valueOf(d.id()),
                d.submittedAt(), d.acceptedAt(), now, resolution));
        return r.id();
    }

    void followUp(Caller caller, Demand d, String channel, String notes) {
        if (d.ledgerRecordId() != null) {
            ledger.followUp(caller, d.ledgerRecordId(), channel, notes);
        }
    }

    /** The follow-up channel of the request ({@code HOTLINE} by default); checked only for a follow-up. */
    String followUpChannel(Problems.Errors errors, Action action, TransitionRequest body) {
        if (action != Action.FOLLOW_UP) {
            return null;
        }
        String channel = body.channel() == null || body.channel().isBlank() ? "HOTLINE" : body.channel().strip();
        if (!FOLLOW_UP_CHANNELS.contains(channel)) {
            errors.add("channel", "enum", "回访方式须为 " + FOLLOW_UP_CHANNELS, "channel must be one of " + FOLLOW_UP_CHANNELS);
        }
        return channel;
    }

    /**
     * The states in which this caller may rate the demand: its enterprise once it is resolved
     * (resolved, followed up or closed); staff handling its window while recording the follow-up
     * (resolved or followed up). Anyone else: 404 or 403.
     */
    Set<Status> ratingStates(Caller caller, Demand d) {
        Access.visible(caller, d);
        if (Access.enterprise(caller)) {
            Access.owns(caller, d);
            return Status.RATEABLE;
        }
        Access.handles(caller, d);
        return EnumSet.of(Status.RESOLVED, Status.FOLLOWED_UP);
    }
}
