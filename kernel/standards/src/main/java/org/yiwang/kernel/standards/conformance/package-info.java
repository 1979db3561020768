/**
 * Conformance checks for exchange documents; the seed of the conformance kit that other
 * platforms will run.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.yiwang.kernel.standards.conformance;
