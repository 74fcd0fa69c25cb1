package dev.calicokit.builders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The changes between two trees, replayed on a third: by field, and by name in named lists. */
class TreePatchTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode tree(String json) throws Exception {
    return JSON.readTree(json.replace('\'', '"'));
  }

  private static JsonNode replay(String base, String target, String doc, List<String> skipped) throws Exception {
    return TreePatch.between(tree(base), tree(target)).applyTo(tree(doc), skipped);
  }

  @Test
  void namedListEntriesChangeByNameWhereverTheUserPutThem() throws Exception {
    List<String> skipped = new ArrayList<>();
    JsonNode out = replay(
        "{'env':[{'name':'A','value':'1'},{'name':'B','value':'2'}]}",
        "{'env':[{'name':'A','value':'1'},{'name':'B','value':'3'},{'name':'C','value':'4'}]}",
        "{'env':[{'name':'MINE','value':'x'},{'name':'B','value':'2'},{'name':'A','value':'1'}]}", skipped);
    assertThat(out).isEqualTo(tree(
        "{'env':[{'name':'MINE','value':'x'},{'name':'B','value':'3'},{'name':'C','value':'4'},{'name':'A','value':'1'}]}"));
    assertThat(skipped).isEmpty();
  }

  @Test
  void removedEntriesAndFieldsGoAndNewFieldsFollowTheirPredecessor() throws Exception {
    List<String> skipped = new ArrayList<>();
    JsonNode out = replay(
        "{'a':1,'b':2,'probe':{'command':['x','-bird-live']},'env':[{'name':'GONE'},{'name':'KEPT'}]}",
        "{'a':1,'n':5,'b':2,'probe':{'command':['x']},'env':[{'name':'KEPT'}]}",
        "{'a':1,'b':2,'mine':0,'probe':{'command':['x','-bird-live']},'env':[{'name':'GONE'},{'name':'KEPT'}]}", skipped);
    assertThat(out).isEqualTo(tree("{'a':1,'n':5,'b':2,'mine':0,'probe':{'command':['x']},'env':[{'name':'KEPT'}]}"));
    List<String> fields = new ArrayList<>();
    out.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("a", "n", "b", "mine", "probe", "env");
  }

  @Test
  void aChangeWhosePlaceIsGoneIsReported() throws Exception {
    List<String> skipped = new ArrayList<>();
    JsonNode out = replay("{'containers':[{'name':'node','image':'a'}]}", "{'containers':[{'name':'node','image':'b'}]}",
        "{'containers':[{'name':'other','image':'a'}]}", skipped);
    assertThat(out).isEqualTo(tree("{'containers':[{'name':'other','image':'a'}]}"));
    assertThat(skipped).containsExactly("set /containers[name=node]/image");
  }

  @Test
  void equalTreesGiveNoChanges() throws Exception {
    assertThat(TreePatch.between(tree("{'a':[1,2],'b':{'c':null}}"), tree("{'a':[1,2],'b':{'c':null}}")).isEmpty()).isTrue();
  }

  /** The user's edits from {@code base} to {@code user}, carried onto {@code next}: each outcome as text. */
  private static List<String> carry(String base, String user, String next, JsonNode[] result) throws Exception {
    JsonNode target = tree(next);
    List<String> out = new ArrayList<>();
    for (TreePatch.Outcome o : TreePatch.between(tree(base), tree(user)).carryOnto(tree(base), target)) {
      out.add((o.carried() ? "carried " : "not carried ") + o.change() + (o.reason().isEmpty() ? "" : " (" + o.reason() + ")"));
    }
    result[0] = target;
    return out;
  }

  @Test
  void editsAreCarriedWhereTheNewReleaseLeftTheirPlaceAsItWas() throws Exception {
    JsonNode[] result = new JsonNode[1];
    List<String> outcomes = carry(
        "{'image':'node:v1','mtu':0,'env':[{'name':'A','value':'1'}],'gone':{'x':1}}",
        "{'image':'node:v0','mtu':1410,'env':[{'name':'A','value':'1'},{'name':'PROXY','value':'p'}],'gone':{'x':2}}",
        "{'image':'node:v2','mtu':0.0,'env':[{'name':'A','value':'1'},{'name':'B','value':'2'}]}", result);
    assertThat(outcomes).containsExactly(
        "not carried set /image = node:v0 (the new release changed it: node:v1 became node:v2, kept)",
        "carried set /mtu = 1410",
        "carried add /env[name=PROXY] = {\"name\":\"PROXY\",\"value\":\"p\"}",
        "not carried set /gone/x = 2 (its place /gone is gone in the new release)");
    // The added env var follows the one it followed in the user's file.
    assertThat(result[0]).isEqualTo(tree(
        "{'image':'node:v2','mtu':1410,'env':[{'name':'A','value':'1'},{'name':'PROXY','value':'p'},{'name':'B','value':'2'}]}"));
  }

  @Test
  void aRemovedNamedElementGoesEvenWhereTheNewReleaseChangedIt() throws Exception {
    JsonNode[] result = new JsonNode[1];
    List<String> outcomes = carry("{'init':[{'name':'a','image':'x:1'},{'name':'b','image':'y:1'}]}",
        "{'init':[{'name':'b','image':'y:1'}]}", "{'init':[{'name':'a','image':'x:2'},{'name':'b','image':'y:2'}]}", result);
    assertThat(outcomes).containsExactly("carried remove /init[name=a] (removed although the new release changed it)");
    assertThat(result[0]).isEqualTo(tree("{'init':[{'name':'b','image':'y:2'}]}"));
  }

  @Test
  void numbersAreTheSameWhateverTheirJavaType() throws Exception {
    JsonNode ints = JSON.createObjectNode().put("n", 253);
    JsonNode longs = JSON.createObjectNode().put("n", 253L);
    assertThat(TreePatch.between(ints, longs).isEmpty()).isTrue();
  }
}
