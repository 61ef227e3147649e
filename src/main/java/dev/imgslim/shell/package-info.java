/**
 * BuildKit-compatible processing of Dockerfile words: quote removal, escapes and {@code $VAR}
 * expansion exactly as {@code docker build} does it (not as a real shell would), so that what the
 * linter sees in FROM, COPY, ENV and friends is what the builder will use. Entry point:
 * {@link dev.imgslim.shell.ShellLexer}; variables come from an {@link dev.imgslim.shell.Env}.
 */
package dev.imgslim.shell;
