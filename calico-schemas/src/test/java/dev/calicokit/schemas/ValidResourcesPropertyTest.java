package dev.calicokit.schemas;

import static dev.calicokit.schemas.ReferenceOfficialManifests.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.io.CalicoCodec;
import dev.calicokit.model.schema.Release;
import dev.calicokit.schemas.valid.ValidResources;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

/**
 * Resources drawn from what Calico accepts give no error, built in code and read back from YAML alike:
 * no layer of the validator may reject a valid resource.
 */
class ValidResourcesPropertyTest {
  private static final Validator VALIDATOR = Validator.forRelease(Release.V3_32).withOfficialManifests(REFERENCE);

  @Provide
  Arbitrary<CalicoResource> validResources() {
    return ValidResources.any();
  }

  @Property(tries = 400)
  void validResourcesHaveNoErrors(@ForAll("validResources") CalicoResource resource) {
    ValidationReport built = VALIDATOR.validate(resource);
    assertThat(built.hasErrors()).as(built.toText() + CalicoCodec.yaml().write(resource)).isFalse();
    ValidationReport read = VALIDATOR.validate(CalicoCodec.yaml().write(resource));
    assertThat(read.hasErrors()).as(read.toText() + CalicoCodec.yaml().write(resource)).isFalse();
  }
}
