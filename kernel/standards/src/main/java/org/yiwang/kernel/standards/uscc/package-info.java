/**
 * Unified Social Credit Code (统一社会信用代码, GB 32100-2015): normalisation, step-by-step
 * validation in strict or lenient mode, and the two check-character algorithms.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.yiwang.kernel.standards.uscc;
