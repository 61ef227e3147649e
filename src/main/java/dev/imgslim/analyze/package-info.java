/**
 * {@code imgslim analyze}: reads a built image's layers as streams (from the engine's save stream or
 * straight from a registry), stacks them as an overlay filesystem would to find the bytes later layers
 * delete or overwrite, ties each layer to the Dockerfile line that made it through the image history,
 * and puts measured bytes beside the lint findings' estimates. Nothing here prints or exits: the
 * {@code cli} command does.
 */
package dev.imgslim.analyze;
