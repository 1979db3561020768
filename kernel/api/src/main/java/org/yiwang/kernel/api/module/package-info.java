@org.osgi.annotation.versioning.Version("1.1.0")
package org.yiwang.kernel.api.module;
