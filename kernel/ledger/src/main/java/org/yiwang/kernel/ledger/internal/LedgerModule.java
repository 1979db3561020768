package org.yiwang.kernel.ledger.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.module.MenuEntry;
import org.yiwang.kernel.api.module.ModuleDescriptor;
import org.yiwang.kernel.api.module.Permission;
import org.yiwang.kernel.api.module.UiEntry;

/** Announces the service ledger: its permissions, its console menu entries and its pages (resources ui/). */
@Component(service = ModuleDescriptor.class)
public final class LedgerModule implements ModuleDescriptor {

    static final String READ = "ledger.read";
    static final String WRITE = "ledger.write";

    @Override
    public String id() {
        return LedgerService.MODULE_ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("服务台账", "Service ledger");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("每一次为企业提供的服务：记录、回访、满意度评价与考核指标",
                "Every service delivered to an enterprise: records, follow-up visits, satisfaction and KPIs");
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.of(READ, "查看本辖区的服务记录和指标", "See service records and KPIs of one's region",
                        "platform-admin", "region-operator", "window-staff", "auditor"),
                Permission.of(WRITE, "登记服务、回访，代企业录入评价", "Record services and follow-ups, rate on an enterprise's behalf",
                        "platform-admin", "region-operator", "window-staff"));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("ledger", MenuEntry.Area.CONSOLE, LocalizedText.of("服务成效", "Service KPIs"),
                        "/ledger", READ, 30),
                new MenuEntry("ledger-records", MenuEntry.Area.CONSOLE, LocalizedText.of("服务台账", "Service ledger"),
                        "/ledger/records", READ, 31));
    }

    @Override
    public UiEntry ui() {
        return UiEntry.INDEX;
    }
}
