/**
 * Helpers for modules that accept files: recognising accepted upload types by their content.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.yiwang.kernel.api.files;
