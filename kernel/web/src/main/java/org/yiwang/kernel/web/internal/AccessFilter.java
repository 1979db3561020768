package org.yiwang.kernel.web.internal;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.Supplier;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.problem.ProblemType;
import org.yiwang.kernel.api.security.AccountKind;
import org.yiwang.kernel.api.security.Authenticator;
import org.yiwang.kernel.api.security.Caller;
import org.yiwang.kernel.api.security.Callers;
import org.yiwang.kernel.api.security.Public;
import org.yiwang.kernel.api.security.RequiresPermission;

/**
 * The one place that decides who may call what. It resolves the caller from the bearer token (a
 * token that is presented but unknown, expired, revoked or garbled is a 401 even on public
 * endpoints), attaches it to the request's SecurityContext, and checks what the resource method
 * declares: {@link Public} passes, {@link RequiresPermission} needs a caller holding the
 * permission (401 anonymous, 403 otherwise), and a method that declares nothing is refused.
 */
@Priority(Priorities.AUTHORIZATION)
final class AccessFilter implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AccessFilter.class);

    @Context
    private ResourceInfo resource;

    private final Supplier<Authenticator> authenticator;

    AccessFilter(Supplier<Authenticator> authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = caller(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(Callers.securityContext(caller, secure));
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method == null || type == null) {
            return;
        }
        RequiresPermission permission = method.getAnnotation(RequiresPermission.class);
        boolean isPublic = method.isAnnotationPresent(Public.class);
        if (permission == null && !isPublic) {
            permission = type.getAnnotation(RequiresPermission.class);
            isPublic = permission == null && type.isAnnotationPresent(Public.class);
        }
        if (isPublic) {
            return;
        }
        if (permission == null) {
            LOG.warn("Refused {}.{}: it declares neither @Public nor @RequiresPermission", type.getName(), method.getName());
            throw new ProblemException(ProblemType.FORBIDDEN, LocalizedText.of(
                    "该接口未声明访问规则，已拒绝", "This endpoint declares no access rule and is closed"));
        }
        if (caller.kind() == AccountKind.ANONYMOUS) {
            throw new ProblemException(ProblemType.UNAUTHENTICATED, LocalizedText.of(
                    "请先登录（Authorization: Bearer <令牌>）", "Log in first (Authorization: Bearer <token>)"));
        }
        if (!caller.has(permission.value())) {
            throw new ProblemException(ProblemType.FORBIDDEN, LocalizedText.of(
                    "当前账号没有权限 " + permission.value(), "This account lacks the permission " + permission.value()));
        }
    }

    private Caller caller(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Caller.ANONYMOUS;
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw invalidToken();
        }
        Authenticator auth = authenticator.get();
        if (auth == null) {
            throw new ProblemException(ProblemType.UNAVAILABLE, LocalizedText.of(
                    "身份服务未启动，暂时无法验证令牌", "The identity service is not running; tokens cannot be checked"));
        }
        Optional<Caller> caller = auth.authenticate(authorization.substring(7).strip());
        return caller.orElseThrow(AccessFilter::invalidToken);
    }

    private static ProblemException invalidToken() {
        return new ProblemException(ProblemType.UNAUTHENTICATED, LocalizedText.of(
                "令牌无效、已过期或已注销，请重新登录", "The token is invalid, expired or revoked; log in again"));
    }
}
