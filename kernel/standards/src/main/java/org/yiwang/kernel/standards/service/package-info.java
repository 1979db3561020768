/**
 * Service vocabulary of the platform network: service categories, the six disclosures,
 * delivery channels, the five unified elements and the guidance targets.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.yiwang.kernel.standards.service;
