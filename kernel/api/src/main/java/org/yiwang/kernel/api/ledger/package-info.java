/**
 * The service ledger (服务台账): every service a module delivers to an enterprise is recorded here,
 * so that it is traceable and assessable, followed up, rated, and counted in the KPIs of every region
 * subtree. Modules reference the {@link org.yiwang.kernel.api.ledger.Ledger} service (provided by the
 * kernel's {@code ledger} bundle) and call {@link org.yiwang.kernel.api.ledger.Ledger#record} when a
 * service is delivered.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.yiwang.kernel.api.ledger;
