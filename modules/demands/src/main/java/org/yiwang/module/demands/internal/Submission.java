package org.yiwang.module.demands.internal;

/** A validated, normalised new demand. */
record Submission(String uscc, String enterpriseName, String region, String category, String title,
                  String description, String contact, Channel channel) {
}
