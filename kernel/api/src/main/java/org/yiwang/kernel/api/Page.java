package org.yiwang.kernel.api;

import java.util.List;

/**
 * One page of a list response, the shape every list endpoint returns:
 * {@code {items, total, page, size}}. Pages are numbered from 1.
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(items, total, request.page(), request.size());
    }
}
