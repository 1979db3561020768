package org.yiwang.kernel.api.ledger;

/**
 * The KPIs of a scope.
 *
 * @param enterprisesServed   distinct enterprises with at least one record in scope
 * @param servicesDelivered   completed records in scope
 * @param servicesOpen        open records in scope
 * @param onlineShare         share of completed records delivered ONLINE (0–1; null when none)
 * @param ratings             ratings given on records in scope
 * @param satisfactionRate    share of ratings that are 4 or 5 (0–1; null when no rating)
 * @param satisfactionTarget  the guidance's target, 0.9
 * @param targetMet           satisfactionRate ≥ target (false when there is no rating)
 * @param followUpCoverage    share of completed records with at least one follow-up (0–1; null when none)
 * @param avgResponseHours    mean hours from request to first response (null when none)
 * @param avgResolutionHours  mean hours from request to completion (null when none)
 */
public record Kpis(KpiQuery scope, long enterprisesServed, long servicesDelivered, long servicesOpen,
                   Double onlineShare, long ratings, Double satisfactionRate, double satisfactionTarget,
                   boolean targetMet, Double followUpCoverage, Double avgResponseHours, Double avgResolutionHours) {

    public static final double SATISFACTION_TARGET = 0.9;
}
