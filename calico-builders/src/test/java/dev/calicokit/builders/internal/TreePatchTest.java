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
}
