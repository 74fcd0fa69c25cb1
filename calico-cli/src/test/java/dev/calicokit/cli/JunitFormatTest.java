package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** JUnit XML output, parsed back: one test case per input; errors fail it, unreadable inputs are errors. */
class JunitFormatTest {
  @Test
  void eachInputIsATestCase(@TempDir Path dir) throws Exception {
    Path good = Files.writeString(dir.resolve("good.yaml"), "apiVersion: projectcalico.org/v3\nkind: IPPool\n"
        + "metadata:\n  name: ok\nspec:\n  cidr: 10.1.0.0/16\n");
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "apiVersion: projectcalico.org/v3\nkind: IPPool\n"
        + "metadata:\n  name: bad\nspec:\n  cidr: 10.1.0.0/16\n  natOutgoin: true\n");
    String missing = dir.resolve("missing.yaml").toString();
    StringWriter out = new StringWriter();
    int exit = CalicoCli.run(new String[] {"validate", "--output", "junit", good.toString(), bad.toString(), missing},
        new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(exit).isEqualTo(2);
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new java.io.StringReader(out.toString())));
    Element suites = xml.getDocumentElement();
    assertThat(suites.getTagName()).isEqualTo("testsuites");
    assertThat(suites.getAttribute("tests")).isEqualTo("3");
    assertThat(suites.getAttribute("failures")).isEqualTo("1");
    assertThat(suites.getAttribute("errors")).isEqualTo("1");
    NodeList cases = xml.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(3);
    Element first = (Element) cases.item(0);
    assertThat(first.getAttribute("name")).isEqualTo(good.toString());
    assertThat(first.getElementsByTagName("failure").getLength()).isZero();
    assertThat(first.getElementsByTagName("error").getLength()).isZero();
    // Infos (here a CEL transition rule that only an update can check) are the case's output.
    assertThat(first.getElementsByTagName("system-out").item(0).getTextContent()).contains("[cel.transition-skipped]");
    Element failure = (Element) ((Element) cases.item(1)).getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("1 error");
    assertThat(failure.getTextContent()).contains(":7:3: error: ", "[schema.unknown-field]");
    Element error = (Element) ((Element) cases.item(2)).getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("type")).isEqualTo("input.unreadable");
    assertThat(error.getAttribute("message")).isEqualTo("no such file");
    assertThat(out.toString()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites");
  }

  @Test
  void charactersXmlCannotHoldAreReplaced() {
    assertThat(JunitFormat.xmlSafe("a\u0001b\tc")).isEqualTo("a\uFFFDb\tc");
    assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(JunitFormat.xmlSafe("\u001b[31m"))).isTrue();
  }
}
