package org.yiwang.kernel.identity.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.module.MenuEntry;
import org.yiwang.kernel.api.module.ModuleDescriptor;
import org.yiwang.kernel.api.module.Permission;
import org.yiwang.kernel.api.module.UiEntry;

/** Announces the identity part of the kernel: its permissions (for role editors), console menu and pages. */
@Component(service = ModuleDescriptor.class)
public final class IdentityModule implements ModuleDescriptor {

    @Override
    public String id() {
        return IdentityService.MODULE_ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("账号与权限", "Identity and access");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("账号、角色、按地区的访问范围、令牌和审计日志",
                "Accounts, roles, region-scoped access, tokens and the audit trail");
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(AccessRules.MANAGE_ACCOUNTS, "管理账号", "Manage accounts"),
                Permission.of(AccessRules.MANAGE_ROLES, "管理角色", "Manage roles"),
                Permission.of(AccessRules.AUDIT_READ, "查看审计日志", "Read the audit trail"));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("identity-registrations", MenuEntry.Area.CONSOLE, LocalizedText.of("注册审核", "Registrations"),
                        "/identity/registrations", AccessRules.MANAGE_ACCOUNTS, 80),
                new MenuEntry("identity-accounts", MenuEntry.Area.CONSOLE, LocalizedText.of("账号管理", "Accounts"),
                        "/identity/accounts", AccessRules.MANAGE_ACCOUNTS, 81),
                new MenuEntry("identity-audit", MenuEntry.Area.CONSOLE, LocalizedText.of("审计日志", "Audit trail"),
                        "/identity/audit", AccessRules.AUDIT_READ, 90));
    }

    @Override
    public UiEntry ui() {
        return UiEntry.INDEX;
    }
}
