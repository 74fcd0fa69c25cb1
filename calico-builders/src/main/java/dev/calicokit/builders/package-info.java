/**
 * Renders whole Calico install manifests (calico.yaml and its variants) from typed options:
 * {@link dev.calicokit.builders.CalicoManifest} is the entry point, {@link dev.calicokit.builders.Preset}
 * names the official files, {@link dev.calicokit.builders.ChartValues} maps Helm-chart style keys onto
 * the options.
 */
package dev.calicokit.builders;
