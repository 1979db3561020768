package org.yiwang.module.demands.internal;

/** How a demand came in: the enterprise online, or staff taking a hotline call. */
public enum Channel { ONLINE, HOTLINE }
