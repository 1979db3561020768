package org.yiwang.kernel.web.internal;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.problem.ProblemType;
import org.yiwang.kernel.api.security.Public;
import org.yiwang.kernel.api.security.RequiresPermission;

/**
 * Checks every matched request against what its resource method declares: {@link Public} passes,
 * {@link RequiresPermission} needs the interim administrator token ({@code Authorization: Bearer …}),
 * and a method that declares nothing is refused, so a forgotten annotation fails closed.
 */
@Priority(Priorities.AUTHORIZATION)
final class AccessFilter implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AccessFilter.class);

    @Context
    private ResourceInfo resource;

    private final byte[] adminTokenSha256;

    /** @param adminTokenSha256Hex hex SHA-256 of the administrator token; blank disables it */
    AccessFilter(String adminTokenSha256Hex) {
        String hex = adminTokenSha256Hex == null ? "" : adminTokenSha256Hex.strip().toLowerCase(Locale.ROOT);
        byte[] parsed = null;
        if (hex.matches("[0-9a-f]{64}")) {
            parsed = HexFormat.of().parseHex(hex);
        } else if (!hex.isEmpty()) {
            LOG.error("org.yiwang.security: adminTokenSha256 is not 64 hex digits; protected endpoints stay closed");
        }
        this.adminTokenSha256 = parsed;
    }

    @Override
    public void filter(ContainerRequestContext request) {
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
            LOG.warn("Refused {}.{}: it declares neither @Public nor @RequiresPermission",
                    type.getName(), method.getName());
            throw new ProblemException(ProblemType.FORBIDDEN, LocalizedText.of(
                    "该接口未声明访问规则，已拒绝", "This endpoint declares no access rule and is closed"));
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ProblemException(ProblemType.UNAUTHENTICATED, LocalizedText.of(
                    "需要管理员令牌（Authorization: Bearer …）", "An administrator token is required (Authorization: Bearer …)"));
        }
        if (adminTokenSha256 == null || !MessageDigest.isEqual(adminTokenSha256, sha256(header.substring(7).strip()))) {
            throw new ProblemException(ProblemType.FORBIDDEN, LocalizedText.of(
                    "令牌无权执行此操作（需要权限 " + permission.value() + "）",
                    "The token does not grant " + permission.value()));
        }
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
