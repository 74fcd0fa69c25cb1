package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.schemas.internal.DocumentRule;
import dev.calicokit.schemas.internal.FindingSink;
import dev.calicokit.schemas.internal.ValidatedDocument;
import dev.calicokit.schemas.internal.ValidationContext;
import java.util.Optional;

/**
 * Calico's own rules (rule ids {@code calico.*}), as calicoctl and the Calico API server apply them beyond
 * the CRD schemas: names, selectors, networks, ports and protocols, pools, BGP, Felix values, durations.
 * They apply alike to {@code projectcalico.org/v3} and {@code crd.projectcalico.org/v1} documents, which
 * share their spec layout.
 *
 * <p>The rules read the document's typed form, the model resource it binds to, as calicoctl reads the
 * Go types it decodes into; JSON pointers are built from field names and the indexes in the typed lists.
 * A document that does not bind (the structure layer names the field) gets only the rules that read
 * the tree, each for a stated reason: AS numbers in the dotted form, which the model's number cannot
 * hold; the fields of a staged deletion, unknown ones included; and whether a host endpoint writes a spec.
 */
public final class CalicoRules implements DocumentRule {
  @Override
  public void check(ValidatedDocument doc, ValidationContext context, FindingSink sink) {
    Optional<ApiGroup> group = doc.calicoGroup();
    if (group.isEmpty() || group.get() == ApiGroup.NETPOL) {
      return;
    }
    DocCheck c = new DocCheck(doc, sink, context.release().minor(), group.get());
    NameRules.check(c);
    SelectorRules.check(c);
    switch (doc.kind()) {
      case "IPPool" -> IpPoolRules.check(c);
      case "IPReservation" -> EndpointRules.checkReservation(c);
      case "NetworkPolicy", "GlobalNetworkPolicy", "StagedNetworkPolicy", "StagedGlobalNetworkPolicy" ->
          PolicyRules.check(c);
      case "BGPPeer" -> BgpRules.checkPeer(c);
      case "BGPConfiguration" -> BgpRules.checkConfiguration(c);
      case "BGPFilter" -> BgpRules.checkFilter(c);
      case "FelixConfiguration" -> FelixRules.check(c);
      case "HostEndpoint" -> EndpointRules.checkHostEndpoint(c);
      case "NetworkSet", "GlobalNetworkSet" -> EndpointRules.checkNetworkSet(c);
      case "Tier" -> EndpointRules.checkTier(c);
      case "BlockAffinity" -> BlockAffinityRules.check(c);
      case "Node" -> CalicoctlKindRules.checkNode(c);
      case "WorkloadEndpoint" -> CalicoctlKindRules.checkWorkloadEndpoint(c);
      case "Profile" -> CalicoctlKindRules.checkProfile(c);
      default -> { }
    }
    FieldRules.check(c);
    DurationRules.check(c);
    AdviceRules.check(c);
  }
}
