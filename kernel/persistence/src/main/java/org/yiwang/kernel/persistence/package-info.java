/**
 * Using the platform database outside OSGi: {@link org.yiwang.kernel.persistence.EmbeddedDerby}
 * gives tests, benchmarks and tools the same {@code Database} the running platform has.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.yiwang.kernel.persistence;
