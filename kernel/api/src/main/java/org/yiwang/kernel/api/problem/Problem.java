package org.yiwang.kernel.api.problem;

import java.util.List;
import java.util.Map;

/**
 * The body of an {@code application/problem+json} response (RFC 9457), already rendered in one
 * language. {@code errorId} is set on 500s so an operator can find the logged stack trace;
 * {@code errors} lists per-field problems.
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      String errorId, List<Map<String, String>> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
