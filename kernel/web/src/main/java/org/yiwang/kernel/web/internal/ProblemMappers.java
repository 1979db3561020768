package org.yiwang.kernel.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import org.glassfish.jersey.server.ParamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.problem.FieldError;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.problem.ProblemType;

/** Every error leaves the REST container as {@code application/problem+json}; these mappers see to it. */
final class ProblemMappers {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMappers.class);

    private ProblemMappers() {
    }

    static Object[] all() {
        return new Object[] {new Explicit(), new JsonFailure(), new WebFailure(), new Unexpected()};
    }

    abstract static class Base {
        @Context
        HttpHeaders headers;
        @Context
        UriInfo uri;
        @Context
        Request request;

        Locale locale() {
            try {
                return Problems.language(headers.getAcceptableLanguages());
            } catch (RuntimeException malformedHeader) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }

        String instance() {
            return "/api/" + uri.getPath();
        }

        Response respond(ProblemException e, String errorId) {
            return Problems.response(Problems.render(e, locale(), instance(), errorId));
        }
    }

    /** Problems thrown on purpose by resources and services. */
    static final class Explicit extends Base implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException e) {
            return respond(e, null);
        }
    }

    /** Unparseable JSON and JSON of the wrong shape. */
    static final class JsonFailure extends Base implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            return respond(JsonErrors.toProblem(e), null);
        }
    }

    /** JAX-RS's own 4xx (no route, wrong method, wrong media type) and any WebApplicationException. */
    static final class WebFailure extends Base implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (original.hasEntity()) {
                return original;
            }
            int status = original.getStatus();
            if (status >= 500) {
                return new Unexpected().withContext(this).toResponse(e);
            }
            String route = request.getMethod() + " " + instance();
            ProblemException problem;
            if (e instanceof ParamException pe) {
                problem = paramProblem(pe, route);
            } else if (e instanceof NotFoundException) {
                problem = new ProblemException(ProblemType.NOT_FOUND,
                        LocalizedText.of("没有这个接口：" + route, "No endpoint matches " + route));
            } else if (e instanceof NotAllowedException) {
                problem = new ProblemException(ProblemType.METHOD_NOT_ALLOWED, LocalizedText.of(
                        route + " 不支持，允许的方法：" + original.getAllowedMethods(),
                        route + " is not supported; allowed: " + original.getAllowedMethods()));
            } else {
                problem = new ProblemException(typeFor(status), LocalizedText.of(
                        "请求无法处理（" + status + "）：" + route, "Request refused (" + status + "): " + route));
            }
            Response.ResponseBuilder out = Response.fromResponse(Problems.response(
                    Problems.render(problem, locale(), instance(), null)));
            original.getHeaders().forEach((k, v) -> {
                if (!k.equalsIgnoreCase("Content-Type")) {
                    v.forEach(x -> out.header(k, x));
                }
            });
            return out.build();
        }

        /** Path parameters that don't convert name no resource (404); other parameters are bad input (400). */
        private static ProblemException paramProblem(ParamException e, String route) {
            String name = e.getParameterName();
            if (e instanceof ParamException.PathParamException) {
                return new ProblemException(ProblemType.NOT_FOUND, LocalizedText.of(
                        "路径参数 " + name + " 的取值不存在：" + route, "No resource at " + route + " (bad " + name + ")"));
            }
            return ProblemException.invalid(List.of(FieldError.of(name, "type",
                    "参数 " + name + " 的取值格式不正确", "parameter " + name + " has the wrong format")));
        }

        private static ProblemType typeFor(int status) {
            return switch (status) {
                case 401 -> ProblemType.UNAUTHENTICATED;
                case 403 -> ProblemType.FORBIDDEN;
                case 404 -> ProblemType.NOT_FOUND;
                case 406 -> ProblemType.NOT_ACCEPTABLE;
                case 409 -> ProblemType.CONFLICT;
                case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
                case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
                default -> ProblemType.custom("http-" + status, status,
                        LocalizedText.of("请求无法处理", "Request refused"));
            };
        }
    }

    /** Anything else is our bug: 500 with an error id, the stack trace only in the log. */
    static final class Unexpected extends Base implements ExceptionMapper<Throwable> {
        Unexpected withContext(Base from) {
            headers = from.headers;
            uri = from.uri;
            request = from.request;
            return this;
        }

        @Override
        public Response toResponse(Throwable e) {
            if (e instanceof ProblemException pe) {
                return respond(pe, null);
            }
            if (e instanceof JsonProcessingException jpe) {
                return respond(JsonErrors.toProblem(jpe), null);
            }
            String errorId = UUID.randomUUID().toString().substring(0, 13);
            LOG.error("Unexpected error {} on {} {}", errorId, request.getMethod(), instance(), e);
            return respond(new ProblemException(ProblemType.INTERNAL_ERROR, LocalizedText.of(
                    "服务器发生意外错误，请将错误编号 " + errorId + " 告知运维人员",
                    "An unexpected error occurred; give error id " + errorId + " to the operators")), errorId);
        }
    }
}
