/**
 * Who may call an endpoint. Every JAX-RS resource method declares it, on the method or its class
 * ({@link Public} or {@link RequiresPermission}); the kernel checks it centrally and refuses
 * methods that declare nothing.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.yiwang.kernel.api.security;
