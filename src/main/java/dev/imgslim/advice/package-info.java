/**
 * The size advisor behind {@code imgslim lint --size} and {@code --size-budget}: per stage, the base
 * and its catalog size, whether it ships, the additions we can attribute (none are measured yet, so
 * they are listed as unmeasured), a lower bound for the final image (its root base, through
 * {@code FROM <stage>} chains), and the findings' savings sorted by bytes with a total per size kind.
 * Nothing here builds or pulls: every figure is the catalog's, with its source and as-of date.
 *
 * <p>{@link dev.imgslim.advice.SizeEstimator} computes a {@link dev.imgslim.advice.SizeAdvice};
 * {@link dev.imgslim.advice.SizeReportText} renders the text block; the json and sarif reporters render
 * the same data from {@code ReportContext.size()}.
 */
package dev.imgslim.advice;
