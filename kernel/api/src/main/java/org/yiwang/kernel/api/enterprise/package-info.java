/**
 * The SME database (中小企业库) as other modules see it: the enterprise profile keyed by its
 * Unified Social Credit Code, a search query, and the read-only {@link
 * org.yiwang.kernel.api.enterprise.EnterpriseDirectory} service (policy matching, demands, …).
 * Writes go through the {@code /api/enterprises} endpoints of the {@code enterprises} bundle.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.yiwang.kernel.api.enterprise;
