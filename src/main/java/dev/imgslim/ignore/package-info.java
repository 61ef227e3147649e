/**
 * .dockerignore files with the semantics Docker's BuildKit gives them, so that rules can say which
 * files a build context really contains and which line of the file is responsible.
 *
 * <p>Entry point: {@link dev.imgslim.ignore.DockerIgnore} ({@code read}, {@code load},
 * {@code locate}). Reading follows moby's {@code ignorefile.ReadAll}; patterns are compiled as
 * {@code moby/patternmatcher} compiles them (to a Go regexp, or a plain string test), and evaluated
 * the way BuildKit's file walker does. Docker's quirks are reproduced on purpose, not fixed: a
 * linter that disagrees with {@code docker build} about the context is worse than useless.
 */
package dev.imgslim.ignore;
