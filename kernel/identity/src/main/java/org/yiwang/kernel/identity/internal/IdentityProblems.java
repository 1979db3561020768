package org.yiwang.kernel.identity.internal;

import java.time.Duration;
import java.time.Instant;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.problem.ProblemException;
import org.yiwang.kernel.api.problem.ProblemType;

/** The problems the identity service answers with, beyond field errors. */
public final class IdentityProblems {

    /** 429: too many consecutive failed logins; wait before trying again. */
    public static final ProblemType LOGIN_BACKOFF = ProblemType.custom("identity-login-backoff", 429,
            LocalizedText.of("登录失败次数过多，请稍后再试", "Too many failed logins; wait before trying again"));
    /** 429: the account is locked after repeated failed logins, until the lock expires. */
    public static final ProblemType ACCOUNT_LOCKED = ProblemType.custom("identity-account-locked", 429,
            LocalizedText.of("账号已被临时锁定", "The account is temporarily locked"));
    /** 403: right password, but the account is pending approval, disabled or rejected. */
    public static final ProblemType ACCOUNT_INACTIVE = ProblemType.custom("identity-account-inactive", 403,
            LocalizedText.of("账号不可用", "The account is not active"));

    private IdentityProblems() {
    }

    /** The one answer to a wrong username or a wrong password, so that neither can be told apart. */
    public static ProblemException badCredentials() {
        return new ProblemException(ProblemType.UNAUTHENTICATED,
                LocalizedText.of("用户名或密码错误", "Wrong username or password"));
    }

    public static ProblemException unauthenticated() {
        return new ProblemException(ProblemType.UNAUTHENTICATED, LocalizedText.of("需要登录", "Please log in"));
    }

    public static ProblemException forbidden(String zh, String en) {
        return new ProblemException(ProblemType.FORBIDDEN, LocalizedText.of(zh, en));
    }

    static ProblemException backoff(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new ProblemException(LOGIN_BACKOFF, LocalizedText.of("连续登录失败，请 " + seconds + " 秒后再试",
                "Too many failed logins; try again in " + seconds + " s"));
    }

    static ProblemException locked(Instant until) {
        return new ProblemException(ACCOUNT_LOCKED, LocalizedText.of("连续登录失败次数过多，账号锁定至 " + until,
                "Too many failed logins; the account is locked until " + until));
    }

    static ProblemException inactive(AccountStatus status) {
        return switch (status) {
            case PENDING -> new ProblemException(ACCOUNT_INACTIVE,
                    LocalizedText.of("注册申请尚待审核", "The registration is awaiting approval"));
            case REJECTED -> new ProblemException(ACCOUNT_INACTIVE,
                    LocalizedText.of("注册申请已被驳回", "The registration was rejected"));
            default -> new ProblemException(ACCOUNT_INACTIVE, LocalizedText.of("账号已停用", "The account is disabled"));
        };
    }
}
