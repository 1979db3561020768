package org.yiwang.module.policy.internal;

import java.util.List;

/** A page of the inbox, {@code {items, total, page, size}} plus the number of unread messages. */
public record InboxPage(List<InboxItem> items, long total, int page, int size, long unread) {
}
