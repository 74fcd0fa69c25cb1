package dev.calicokit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The BOM and the user-project check stay in step with the build: every published module (a jar module
 * of the parent that does not set {@code maven.deploy.skip}) is pinned by calicokit-bom, every library
 * among them is a dependency of user-project (whose enforcer checks what users inherit), and both carry
 * the project's version, which they cannot inherit since they have no parent on purpose.
 */
class BomTest {
  /** Published, but an application: users run it, nobody inherits its dependencies. */
  private static final String COMMAND_LINE = "calico-cli";

  private static final Path ROOT = Path.of("..");
  private static Document parent;
  private static Document bom;
  private static Document userProject;

  @BeforeAll
  static void readPoms() throws Exception {
    parent = read(ROOT.resolve("pom.xml"));
    bom = read(ROOT.resolve("calicokit-bom/pom.xml"));
    userProject = read(ROOT.resolve("user-project/pom.xml"));
  }

  @Test
  void theBomAndTheUserProjectHaveTheProjectsVersion() {
    String version = child(parent.getDocumentElement(), "version");
    assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(version);
    assertThat(child(userProject.getDocumentElement(), "version")).isEqualTo(version);
  }

  @Test
  void theBomPinsEveryPublishedModule() throws Exception {
    Element managed = (Element) bom.getElementsByTagName("dependencyManagement").item(0);
    assertThat(new TreeSet<>(artifactIds(managed))).isEqualTo(new TreeSet<>(publishedModules()));
  }

  @Test
  void theUserProjectDependsOnEveryLibraryModule() throws Exception {
    Element dependencies = (Element) userProject.getDocumentElement().getElementsByTagName("dependencies").item(0);
    List<String> libraries = publishedModules();
    libraries.remove(COMMAND_LINE);
    assertThat(new TreeSet<>(artifactIds(dependencies))).isEqualTo(new TreeSet<>(libraries));
  }

  private static List<String> publishedModules() throws Exception {
    List<String> published = new ArrayList<>();
    Element modules = (Element) parent.getElementsByTagName("modules").item(0);
    for (Node n = modules.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        Document module = read(ROOT.resolve(n.getTextContent().trim()).resolve("pom.xml"));
        Element project = module.getDocumentElement();
        boolean jar = child(project, "packaging") == null || child(project, "packaging").equals("jar");
        boolean deployed = !"true".equals(text(module, "maven.deploy.skip"));
        if (jar && deployed) {
          published.add(child(project, "artifactId"));
        }
      }
    }
    return published;
  }

  private static List<String> artifactIds(Element within) {
    List<String> ids = new ArrayList<>();
    var nodes = within.getElementsByTagName("dependency");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element dependency = (Element) nodes.item(i);
      assertThat(child(dependency, "groupId")).isEqualTo("dev.calicokit");
      assertThat(child(dependency, "version")).isEqualTo("${project.version}");
      ids.add(child(dependency, "artifactId"));
    }
    return ids;
  }

  private static String child(Element e, String name) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
        return n.getTextContent().trim();
      }
    }
    return null;
  }

  private static String text(Document d, String tag) {
    var nodes = d.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
  }

  private static Document read(Path pom) throws Exception {
    try (var in = Files.newInputStream(pom)) {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
  }
}
