/**
 * Industrial classification for national economic activities (GB/T 4754-2017): sections,
 * divisions, and resolution of a code given at any level.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.yiwang.kernel.standards.industry;
