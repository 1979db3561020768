package org.yiwang.module.policy.api;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Delivers policy notices to enterprises. Register an implementation as an OSGi service
 * ({@code @Component(service = DeliveryChannel.class)}); the policy module calls every registered
 * channel after a policy is published, on a background thread, in batches of at most a few thousand
 * recipients. A channel must not block for long and must not throw for one bad recipient: it logs
 * and skips it (an exception fails the rest of that batch for this channel only).
 */
@ConsumerType
public interface DeliveryChannel {

    /** A short stable id, e.g. {@code inbox}, {@code sms}, {@code email}; shown in logs. */
    String id();

    /** Delivers one notice to each enterprise (by USCC) in {@code usccs}. */
    void deliver(PolicyNotice notice, List<String> usccs);
}
