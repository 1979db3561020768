package org.yiwang.kernel.standards.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.yiwang.kernel.standards.uscc.Uscc;
import org.yiwang.kernel.standards.uscc.UsccResult;

/** {@code yiwang:uscc-check <code>}: checks a Unified Social Credit Code and explains the verdict. */
@Service
@Command(scope = "yiwang", name = "uscc-check", description = "Checks a Unified Social Credit Code (统一社会信用代码)")
public final class UsccCheckCommand implements Action {

    @Argument(index = 0, name = "code", required = true, description = "the 18-character code")
    String code;

    @Option(name = "--lenient", description = "tolerate a wrong check character (early pilot codes)")
    boolean lenient;

    @Override
    public Object execute() {
        UsccResult r = Uscc.validate(code, lenient ? Uscc.Mode.LENIENT : Uscc.Mode.STRICT);
        StringBuilder out = new StringBuilder();
        out.append(r.valid() ? "VALID   " : "INVALID ").append(r.normalized()).append('\n');
        if (!r.valid()) {
            out.append("failed step: ").append(r.failedStep()).append('\n');
        }
        out.append(r.detail()).append('\n');
        r.warnings().forEach(w -> out.append("warning: ").append(w).append('\n'));
        if (r.parts() != null) {
            out.append("authority ").append(r.parts().authority()).append(", category ").append(r.parts().category())
                    .append(", region ").append(r.parts().regionCode()).append(", organisation code ")
                    .append(r.parts().orgCode()).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
