package dev.calicokit.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.calico.IPPool;
import dev.calicokit.model.io.CalicoCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedPoolResourcesTest {
  @Test
  void rendersTheSeedPoolAndReadsBackTheSame() {
    String yaml = CalicoCodec.yaml().writeAll(SeedPoolResources.resources());
    List<CalicoResource> back = CalicoCodec.yaml().readAll(yaml);
    assertEquals(SeedPoolResources.resources(), back);
    IPPool pool = (IPPool) back.get(0);
    assertEquals("10.0.0.0/16", pool.spec().cidr().canonical());
    assertEquals(EncapsulationMode.ALWAYS, pool.spec().ipipMode().orElseThrow());
    assertTrue(yaml.contains("order: 2000\n"), yaml);
    assertTrue(yaml.startsWith("apiVersion: projectcalico.org/v3\nkind: IPPool\n"), yaml);
  }
}
