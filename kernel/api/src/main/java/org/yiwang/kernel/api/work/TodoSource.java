package org.yiwang.kernel.api.work;

import java.util.List;
import org.yiwang.kernel.api.security.Caller;

/**
 * Counts the to-dos of one module for a caller (pending registrations, open and overdue demands,
 * unanswered consultations, …). Register an implementation as an OSGi service
 * ({@code @Component(service = TodoSource.class)}); the kernel's workbench picks it up and drops
 * it again when the module is uninstalled.
 *
 * <p>Count only what {@code caller} may see and act on (their region subtree and permissions);
 * return an empty list when the caller may act on nothing here. Keep it cheap: it runs every time
 * a staff member opens the console home.
 */
public interface TodoSource {

    /** The to-dos of this module for {@code caller}; never null. */
    List<Todo> todos(Caller caller);
}
