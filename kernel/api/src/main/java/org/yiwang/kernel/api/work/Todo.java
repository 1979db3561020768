package org.yiwang.kernel.api.work;

import org.yiwang.kernel.api.LocalizedText;

/**
 * One line of the staff home: what to do, how many, and where to do it.
 *
 * @param id       stable id, unique within the module (e.g. {@code demands.overdue})
 * @param module   the module's id (e.g. {@code demands})
 * @param label    what the count means, in both languages (e.g. 超期未办结的诉求 / Overdue demands)
 * @param count    how many; a to-do with 0 is still shown (nothing to do there)
 * @param urgent   whether the count is something late (overdue, past a deadline): shown in red
 * @param route    the console route that lists exactly these items (e.g. {@code /console/demands?status=OVERDUE})
 */
public record Todo(String id, String module, LocalizedText label, long count, boolean urgent, String route) {
}
