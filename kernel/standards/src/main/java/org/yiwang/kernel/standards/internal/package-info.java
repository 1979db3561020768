/** Implementation details of the standards bundle; not exported. */
package org.yiwang.kernel.standards.internal;
