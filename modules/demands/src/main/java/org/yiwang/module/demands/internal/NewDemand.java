package org.yiwang.module.demands.internal;

/**
 * The body of {@code POST /api/demands}. An enterprise submits for itself ({@code uscc} may be left
 * out; {@code region} defaults to the region in its USCC); staff submitting a hotline call on its
 * behalf give {@code uscc}, {@code enterpriseName} and {@code region}. {@code title} defaults to the
 * start of the description.
 */
public record NewDemand(String uscc, String enterpriseName, String region, String category, String title,
                        String description, String contact) {
}
