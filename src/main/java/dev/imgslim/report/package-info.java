/**
 * Reporters: one class per output format, each turning a finished {@link dev.imgslim.rules.LintResult}
 * into text. {@link dev.imgslim.report.Reporters#forName} is the only way in for the CLI.
 *
 * <p>Shared rules: findings are sorted by file, line, column, code; lines end in {@code \n}; no reporter
 * prints, exits or reads files (the CLI passes source lines and rule help through
 * {@link dev.imgslim.report.ReportContext}).
 *
 * <p>Files that could not be linted ({@code LintResult.errors()}) are never dropped silently:
 * <ul>
 *   <li>tty, plain: their {@code render()} line, before the findings;</li>
 *   <li>json: a top-level {@code errors} array, counted in {@code summary.fileErrors};</li>
 *   <li>sarif: {@code invocations[0].toolExecutionNotifications}, executionSuccessful false;</li>
 *   <li>checkstyle: an {@code <error severity="error" source="imgslim.file-error">} in the file;</li>
 *   <li>junit: a testcase with {@code <error type="file-error">} in the file's suite;</li>
 *   <li>gitlab: an issue with check_name {@code file-error}, severity blocker;</li>
 *   <li>github: an {@code ::error} annotation titled "imgslim".</li>
 * </ul>
 *
 * <p>Tests compare each format with {@code src/test/resources/report/<format>.golden};
 * {@code mvn test -Dtest='*Reporter*Test' -Dupdate.golden=true} rewrites them for review.
 */
package dev.imgslim.report;
