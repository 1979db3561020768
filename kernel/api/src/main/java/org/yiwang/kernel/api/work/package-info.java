/**
 * The staff home (工作台): modules register {@link org.yiwang.kernel.api.work.TodoSource} services
 * that count what staff of the caller's region should act on; the kernel serves them together at
 * {@code GET /api/workbench} and the console shows them as the first page after login.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.yiwang.kernel.api.work;
