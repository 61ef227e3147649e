package dev.imgslim.rules;

/**
 * Bytes a finding would save and where that figure comes from. Every figure names its source:
 * {@code catalog} (with its as-of date), {@code estimate} (with its basis) or {@code measured}.
 *
 * @param bytes  saving in bytes (compressed where {@code compressed} is true, else on disk)
 * @param basis  human-readable source, e.g. "catalog, 2026-08" or "estimate: apt lists on a Debian base"
 */
public record SizeSaving(long bytes, boolean compressed, String source, String basis) {}
