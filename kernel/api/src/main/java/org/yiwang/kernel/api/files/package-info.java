/**
 * Helpers for modules that accept files: upload checks ({@link org.yiwang.kernel.api.files.Upload}),
 * types recognised by content, and the SQL of a module's attachment table.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.yiwang.kernel.api.files;
