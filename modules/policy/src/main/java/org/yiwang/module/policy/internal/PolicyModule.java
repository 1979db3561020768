package org.yiwang.module.policy.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.yiwang.kernel.api.LocalizedText;
import org.yiwang.kernel.api.module.MenuEntry;
import org.yiwang.kernel.api.module.ModuleDescriptor;
import org.yiwang.kernel.api.module.Permission;
import org.yiwang.kernel.api.module.UiEntry;

/** The descriptor of 政策直享: permissions with their default roles, console and portal menus, pages. */
@Component(service = ModuleDescriptor.class)
public final class PolicyModule implements ModuleDescriptor {

    public static final String ID = "policy";
    /** Staff: read policies of their region in every state (drafts, in review, withdrawn), history and versions. */
    public static final String READ = "policy.read";
    /** Staff: create and edit policies of their region, interpretations, attachments, imports; submit for review. */
    public static final String EDIT = "policy.edit";
    /** Staff: send a policy under review back to draft. */
    public static final String REVIEW = "policy.review";
    /** Staff: publish and withdraw policies of their region. */
    public static final String PUBLISH = "policy.publish";
    /** Staff: matching enterprises of a policy, an enterprise's matches, consultations and applications on its behalf. */
    public static final String MATCH = "policy.match";
    /** Shows an enterprise account "policies for me" and its inbox in the portal menu (the API checks the account). */
    public static final String SELF = "policy.self";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("政策直享", "Policies");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("政策发布与解读、中文检索、精准匹配、主动推送，应知尽知、应享尽享",
                "Policies published with interpretations, searched in Chinese, matched precisely and pushed to those who qualify");
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(READ, "查看本辖区全部政策（含草稿）", "Read all policies of the region (incl. drafts)",
                        "platform-admin", "region-operator", "window-staff", "auditor"),
                Permission.of(EDIT, "编辑政策与解读", "Edit policies and interpretations", "platform-admin", "region-operator"),
                Permission.of(REVIEW, "审核政策（退回修改）", "Review policies (send back)", "platform-admin", "region-operator"),
                Permission.of(PUBLISH, "发布与撤回政策", "Publish and withdraw policies", "platform-admin", "region-operator"),
                Permission.of(MATCH, "政策精准匹配与代办", "Match policies and act for enterprises", "platform-admin",
                        "region-operator", "window-staff"),
                Permission.of(SELF, "企业：政策直享与消息", "Enterprise: policies for me and messages", "enterprise-user"));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("policy-manage", MenuEntry.Area.CONSOLE, LocalizedText.of("政策管理", "Policies"),
                        "/policy", READ, 10),
                new MenuEntry("policy-search", MenuEntry.Area.PORTAL, LocalizedText.of("政策", "Policies"),
                        "/policy", null, 10),
                new MenuEntry("policy-mine", MenuEntry.Area.PORTAL, LocalizedText.of("政策直享", "Policies for me"),
                        "/policy/for-me", SELF, 11),
                new MenuEntry("policy-inbox", MenuEntry.Area.PORTAL, LocalizedText.of("消息", "Messages"),
                        "/policy/inbox", SELF, 12));
    }

    @Override
    public UiEntry ui() {
        return UiEntry.INDEX;
    }
}
