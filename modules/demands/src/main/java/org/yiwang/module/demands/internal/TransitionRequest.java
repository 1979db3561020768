package org.yiwang.module.demands.internal;

/**
 * The optional body of a lifecycle action: {@code reason} (required to reject; optional note
 * otherwise), {@code resolution} (required to resolve), {@code channel} and {@code notes} of a
 * follow-up visit ({@code channel} defaults to {@code HOTLINE}).
 */
public record TransitionRequest(String reason, String resolution, String channel, String notes) {

    static final TransitionRequest EMPTY = new TransitionRequest(null, null, null, null);
}
