package org.yiwang.kernel.api.problem;

import org.yiwang.kernel.api.LocalizedText;

/**
 * The stable problem types of the platform (RFC 9457 {@code type}). Clients switch on
 * {@link #uri()}; the title is for people. Modules may define their own types with
 * {@link #custom(String, int, LocalizedText)}; their slug should start with the module id.
 */
public record ProblemType(String slug, int status, LocalizedText title) {

    public static final String URI_PREFIX = "urn:yiwang:problem:";

    public static final ProblemType MALFORMED_JSON = new ProblemType("malformed-json", 400,
            LocalizedText.of("请求体不是合法的 JSON", "Request body is not valid JSON"));
    public static final ProblemType INVALID_INPUT = new ProblemType("invalid-input", 400,
            LocalizedText.of("请求参数不合法", "Request is invalid"));
    public static final ProblemType UNAUTHENTICATED = new ProblemType("unauthenticated", 401,
            LocalizedText.of("需要登录", "Authentication required"));
    public static final ProblemType FORBIDDEN = new ProblemType("forbidden", 403,
            LocalizedText.of("无权执行此操作", "Not permitted"));
    public static final ProblemType NOT_FOUND = new ProblemType("not-found", 404,
            LocalizedText.of("资源不存在", "Not found"));
    public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method-not-allowed", 405,
            LocalizedText.of("不支持该请求方法", "Method not allowed"));
    public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable", 406,
            LocalizedText.of("无法提供所请求的格式", "Requested media type not available"));
    public static final ProblemType CONFLICT = new ProblemType("conflict", 409,
            LocalizedText.of("与现有数据冲突", "Conflicts with existing data"));
    public static final ProblemType PAYLOAD_TOO_LARGE = new ProblemType("payload-too-large", 413,
            LocalizedText.of("请求体过大", "Request body too large"));
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = new ProblemType("unsupported-media-type", 415,
            LocalizedText.of("不支持的请求内容类型", "Unsupported media type"));
    public static final ProblemType UNPROCESSABLE = new ProblemType("unprocessable", 422,
            LocalizedText.of("请求无法处理", "Request cannot be processed"));
    public static final ProblemType INTERNAL_ERROR = new ProblemType("internal-error", 500,
            LocalizedText.of("服务器内部错误", "Internal server error"));
    public static final ProblemType UNAVAILABLE = new ProblemType("unavailable", 503,
            LocalizedText.of("服务暂不可用", "Service unavailable"));

    public static ProblemType custom(String slug, int status, LocalizedText title) {
        return new ProblemType(slug, status, title);
    }

    public String uri() {
        return URI_PREFIX + slug;
    }
}
