package dev.imgslim.rules;

/**
 * A rule that looks at the whole file at once in {@link #check}: comments (no part of the build model),
 * the build context, or facts that span stages in an order the engine's walk does not give.
 */
public abstract class FileRule extends AbstractRule {}
