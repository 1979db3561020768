/** The exchange format between platforms: versioned JSON Schemas and their format marker. */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.yiwang.kernel.standards.exchange;
