package org.yiwang.module.demands.internal;

import java.util.Map;

/**
 * The SLA deadlines: hours from submission per category code, {@code defaultHours} for the others,
 * and when to remind the window, as a percentage of the deadline.
 */
public record SlaSettings(Integer defaultHours, Integer reminderPercent, Map<String, Integer> categories) {

    public SlaSettings {
        categories = categories == null ? Map.of() : Map.copyOf(categories);
    }

    int hoursFor(String category) {
        return categories.getOrDefault(category, defaultHours);
    }
}
