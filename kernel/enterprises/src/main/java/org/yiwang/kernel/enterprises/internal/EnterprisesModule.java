package org.yiwang.kernel.enterprises.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.module.MenuEntry;
import org.yiwang.kernel.api.module.ModuleDescriptor;
import org.yiwang.kernel.api.module.Permission;
import org.yiwang.kernel.api.module.UiEntry;

/** Announces the SME database: its permissions, its console menu entry and its pages (resources ui/). */
@Component(service = ModuleDescriptor.class)
public final class EnterprisesModule implements ModuleDescriptor {

    static final String READ = "enterprises.read";
    static final String WRITE = "enterprises.write";

    @Override
    public String id() {
        return EnterpriseService.MODULE_ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("中小企业库", "SME database");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("以统一社会信用代码为标识的企业档案，支持批量导入导出",
                "Enterprise profiles keyed by USCC, with bulk import and export");
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.of(READ, "查看企业档案", "Read enterprise profiles"),
                Permission.of(WRITE, "维护、导入、导出企业档案", "Edit, import and export enterprise profiles"));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("enterprises", MenuEntry.Area.CONSOLE, LocalizedText.of("中小企业库", "SME database"),
                "/enterprises", READ, 20));
    }

    @Override
    public UiEntry ui() {
        return UiEntry.INDEX;
    }
}
