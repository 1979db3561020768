/**
 * SME size classification (工信部联企业〔2011〕300号) with rule sets as data keyed by effective date.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.yiwang.kernel.standards.size;
