/**
 * The probe: real base-image figures from a registry and a Docker Engine.
 *
 * <pre>
 *  ProbeRequest ─► Prober ─┬─► ManifestResolver ─► RegistryClient (java.net.http, token auth, --timeout)
 *                          │        sizes and layer counts from manifests, no pull
 *                          └─► DockerDaemon (docker-java, only when needed)
 *                                 ├─ pull + inspect: on-disk size, layers, pull seconds
 *                                 ├─ ColdStartTimer: N fresh containers, start-to-exit
 *                                 └─ FitnessCheck: command -v for the commands the Dockerfile needs
 *                                 ContainerJanitor removes every container the run created (also on Ctrl-C)
 *  ─► ProbeReport (ImageMeasurement per image, Verdict per candidate) ─► ProbeTableWriter / ProbeJsonWriter
 * </pre>
 *
 * <p>Every failure is a {@link dev.imgslim.probe.ProbeFault} recorded against the image it concerns,
 * so one bad candidate never hides the others; {@link dev.imgslim.probe.ProbeReport#exitCode()} is 3
 * when anything could not be measured. Nothing here prints to stdout or exits: the CLI does.
 * docker-java is touched only by {@code DockerDaemon}, which is loaded only when a measurement
 * needs the daemon, so commands that never probe do not pay for it.
 */
package dev.imgslim.probe;
