package org.yiwang.module.demands.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.module.MenuEntry;
import org.yiwang.kernel.api.module.ModuleDescriptor;
import org.yiwang.kernel.api.module.Permission;
import org.yiwang.kernel.api.module.UiEntry;

/** The descriptor of 诉求直办: permissions, console and portal menu entries, pages. */
@Component(service = ModuleDescriptor.class)
public final class DemandsModule implements ModuleDescriptor {

    /** Window staff: the queue, accept, transfer, resolve, follow up, close, reject, submit on behalf. */
    public static final String HANDLE = "demands.handle";
    /** Routing rules and SLA deadlines. */
    public static final String CONFIGURE = "demands.configure";

    @Override
    public String id() {
        return DemandEvents.MODULE_ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("诉求直办", "Demands");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("企业诉求一点提交、自动分派、灵活接转、限时办结、回访评价",
                "Enterprise demands: one point of submission, routing, transfer, deadlines, follow-up and rating");
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.of(HANDLE, "办理企业诉求", "Handle enterprise demands",
                        "platform-admin", "region-operator", "window-staff"),
                Permission.of(CONFIGURE, "配置诉求分派规则与办理时限", "Configure demand routing and deadlines",
                        "platform-admin", "region-operator"));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("demands-queue", MenuEntry.Area.CONSOLE, LocalizedText.of("诉求办理", "Demands"),
                        "/demands", HANDLE, 20),
                new MenuEntry("demands-routes", MenuEntry.Area.CONSOLE,
                        LocalizedText.of("诉求分派与时限", "Demand routing and deadlines"), "/demands/routes", CONFIGURE, 21),
                new MenuEntry("demands-mine", MenuEntry.Area.PORTAL, LocalizedText.of("诉求直办", "My demands"),
                        "/demands", null, 20));
    }

    @Override
    public UiEntry ui() {
        return UiEntry.INDEX;
    }
}
