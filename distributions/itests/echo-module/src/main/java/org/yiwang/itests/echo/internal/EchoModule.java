package org.yiwang.itests.echo.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.module.MenuEntry;
import org.yiwang.kernel.api.module.ModuleDescriptor;
import org.yiwang.kernel.api.module.Permission;
import org.yiwang.kernel.api.module.UiEntry;

/** The test module's descriptor. */
@Component(service = ModuleDescriptor.class)
public final class EchoModule implements ModuleDescriptor {

    @Override
    public String id() {
        return "echo";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("回声测试模块", "Echo test module");
    }

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.of("echo.write", "写便笺", "Write notes"));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("echo-notes", MenuEntry.Area.CONSOLE, LocalizedText.of("便笺", "Notes"),
                "/echo/notes", "echo.write", 100),
                new MenuEntry("echo-board", MenuEntry.Area.PORTAL, LocalizedText.of("便笺墙", "Note board"),
                "/echo", null, 100));
    }

    @Override
    public UiEntry ui() {
        return UiEntry.INDEX;
    }
}
