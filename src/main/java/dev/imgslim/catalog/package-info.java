/**
 * The base-image catalog: which family and variant a {@code FROM} image is, how big it is
 * according to published sources, and which slimmer variant keeps the user's pinned version and OS
 * suffix.
 *
 * <p>Data lives in the top-level {@code rules/catalog/*.json}, which ships as
 * {@code imgslim/rules/catalog/}. Every figure carries its source and as-of date. Entry points:
 * {@link dev.imgslim.catalog.Catalog#load()}, {@link dev.imgslim.catalog.Catalog#match},
 * {@link dev.imgslim.catalog.Catalog#slimmer}, {@link dev.imgslim.catalog.Catalog#runtimeBases} and
 * {@link dev.imgslim.catalog.SuggestionMessages#message}. The {@code catalog:} section of
 * {@code .imgslim.yaml} binds to {@link dev.imgslim.catalog.CatalogData} and is applied with
 * {@link dev.imgslim.catalog.Catalog#merge}.
 */
package dev.imgslim.catalog;
