/**
 * Tables that staff take to a meeting: a resource returns a {@link org.yiwang.kernel.api.export.Table}
 * and the kernel writes it as an Excel workbook (XLSX) or CSV, with headers in the caller's language.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.yiwang.kernel.api.export;
