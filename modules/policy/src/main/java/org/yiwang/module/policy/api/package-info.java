/**
 * The policy module's published API: {@link org.yiwang.module.policy.api.DeliveryChannel}, the
 * service through which notices of newly published policies reach enterprises. The module's own
 * in-app inbox is one channel; an SMS or e-mail adapter is a bundle that registers another.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.yiwang.module.policy.api;
