package org.yiwang.module.institutions.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.module.MenuEntry;
import org.yiwang.kernel.api.module.ModuleDescriptor;
import org.yiwang.kernel.api.module.Permission;
import org.yiwang.kernel.api.module.UiEntry;

/**
 * The descriptor of 服务机构库: permissions with their default roles, console and portal menu
 * entries, pages. Institution accounts act through {@code Caller.institutionId()}, not permissions.
 */
@Component(service = ModuleDescriptor.class)
public final class InstitutionsModule implements ModuleDescriptor {

    public static final String ID = "institutions";
    /** See every institution of one's region (all statuses), its history, evaluations and requests. */
    public static final String READ = "institutions.read";
    /** Admission review, approval of profile and product changes, independent experts. */
    public static final String REVIEW = "institutions.review";
    /** Evaluations, notices of exit and appeal decisions. */
    public static final String EVALUATE = "institutions.evaluate";
    /** The evaluation weights, threshold and appeal window (platform-wide). */
    public static final String CONFIGURE = "institutions.configure";
    /** Shows an enterprise account its service requests in the portal menu (the API checks the account kind). */
    public static final String REQUEST = "institutions.request";
    /** Shows an institution account its workbench in the portal menu (the API checks the account's institution). */
    public static final String WORKBENCH = "institutions.workbench";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("服务机构库", "Service institutions");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("优质服务机构入库、动态评价、有进有出，标准化服务产品与案例库",
                "Registry of service institutions with admission, evaluation and exit; service products and cases");
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(READ, "查看服务机构库", "See the institution registry",
                        "platform-admin", "region-operator", "window-staff", "auditor"),
                Permission.of(REVIEW, "审核服务机构入库和资料变更", "Review institution admissions and changes",
                        "platform-admin", "region-operator"),
                Permission.of(EVALUATE, "评价服务机构、办理出库", "Evaluate institutions and handle exits",
                        "platform-admin", "region-operator"),
                Permission.of(CONFIGURE, "配置服务机构评价权重与门槛", "Configure evaluation weights and threshold",
                        "platform-admin"),
                Permission.of(REQUEST, "向服务机构申请服务产品", "Request institutions' service products",
                        "enterprise-user"),
                Permission.of(WORKBENCH, "机构工作台：本机构资料、产品、案例和服务申请",
                        "Institution workbench: own profile, products, cases and requests", "institution-user"));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("institutions-directory", MenuEntry.Area.PORTAL, LocalizedText.of("服务机构", "Service institutions"),
                        "/institutions", null, 30),
                new MenuEntry("institutions-requests", MenuEntry.Area.PORTAL,
                        LocalizedText.of("我的服务申请", "My service requests"), "/institutions/requests", REQUEST, 31),
                new MenuEntry("institutions-workbench", MenuEntry.Area.PORTAL,
                        LocalizedText.of("机构工作台", "Institution workbench"), "/institutions/workbench", WORKBENCH, 32),
                new MenuEntry("institutions-review", MenuEntry.Area.CONSOLE,
                        LocalizedText.of("机构入库审核", "Institution admission"), "/institutions/review", REVIEW, 30),
                new MenuEntry("institutions-evaluation", MenuEntry.Area.CONSOLE,
                        LocalizedText.of("机构评价", "Institution evaluation"), "/institutions/evaluation", EVALUATE, 31),
                new MenuEntry("institutions-exit", MenuEntry.Area.CONSOLE,
                        LocalizedText.of("出库管理", "Institution exit"), "/institutions/exit", EVALUATE, 32));
    }

    @Override
    public UiEntry ui() {
        return UiEntry.INDEX;
    }
}
