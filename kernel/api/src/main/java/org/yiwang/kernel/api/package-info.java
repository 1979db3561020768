/** Yiwang kernel API: what modules compile against. Semantic versioning per package. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.yiwang.kernel.api;
