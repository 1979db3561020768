package org.yiwang.kernel.api;

import java.util.List;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;

/** A validated page request: page from 1, size from 1 to {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /** Validates raw query parameters (null means default) into a request, or throws a 400 problem. */
    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 1 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 1) {
            throw ProblemException.invalid(List.of(FieldError.of("page", "min",
                    "页码必须从 1 开始", "page must be 1 or more")));
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalid(List.of(FieldError.of("size", "range",
                    "每页条数必须在 1 到 " + MAX_SIZE + " 之间", "size must be between 1 and " + MAX_SIZE)));
        }
        return new PageRequest(p, s);
    }

    /** Zero-based offset of the first row of this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
