/**
 * Administrative divisions (GB/T 2260, Ministry of Civil Affairs lists): lookup, parent chain,
 * children, name search, and current versus retired codes. Data: {@code regions.csv}.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.yiwang.kernel.standards.region;
