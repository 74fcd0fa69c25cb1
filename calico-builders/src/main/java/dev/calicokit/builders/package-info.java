/**
 * Builders that render whole Calico install manifests (calico.yaml and its variants) from typed
 * options. This module is being built; today it offers nothing beyond the model it depends on.
 */
package dev.calicokit.builders;
