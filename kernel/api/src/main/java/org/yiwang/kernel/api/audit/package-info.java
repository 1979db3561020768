/** The append-only audit trail: who did what, when, from where, with what outcome. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.yiwang.kernel.api.audit;
