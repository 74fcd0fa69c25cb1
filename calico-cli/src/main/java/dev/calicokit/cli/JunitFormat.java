package dev.calicokit.cli;

import dev.calicokit.cli.ValidateCommand.InputResult;
import dev.calicokit.schemas.Finding;
import dev.calicokit.schemas.Severity;
import dev.calicokit.schemas.ValidationReport;
import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Results as JUnit XML, the test report CI systems (Jenkins, GitLab, GitHub actions' reporters) read:
 * one test suite, one test case per input named after it; a case fails when its input has errors
 * (the failure's text lists them), is an error when the input could not be read, and carries warnings
 * and infos as its standard output.
 */
final class JunitFormat {
  private JunitFormat() {}

  static String write(List<InputResult> results) {
    long failures = results.stream().filter(r -> r.read() && r.report().hasErrors()).count();
    long errors = results.stream().filter(r -> !r.read()).count();
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "calico validate");
      x.writeAttribute("tests", String.valueOf(results.size()));
      x.writeAttribute("failures", String.valueOf(failures));
      x.writeAttribute("errors", String.valueOf(errors));
      x.writeCharacters("\n  ");
      x.writeStartElement("testsuite");
      x.writeAttribute("name", "calico validate");
      x.writeAttribute("tests", String.valueOf(results.size()));
      x.writeAttribute("failures", String.valueOf(failures));
      x.writeAttribute("errors", String.valueOf(errors));
      x.writeAttribute("skipped", "0");
      for (InputResult r : results) {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", "calico.validate");
        x.writeAttribute("name", xmlSafe(r.input()));
        List<Finding> errorFindings = r.report().findings(Severity.ERROR);
        if (!r.read()) {
          x.writeCharacters("\n      ");
          x.writeStartElement("error");
          x.writeAttribute("type", errorFindings.get(0).rule());
          x.writeAttribute("message", xmlSafe(errorFindings.get(0).message()));
          x.writeCharacters(xmlSafe(r.report().toTextLines()));
          x.writeEndElement();
        } else if (!errorFindings.isEmpty()) {
          x.writeCharacters("\n      ");
          x.writeStartElement("failure");
          x.writeAttribute("type", "calico.validate");
          x.writeAttribute("message", errorFindings.size() + (errorFindings.size() == 1 ? " error" : " errors"));
          x.writeCharacters(xmlSafe(ValidationReport.of(errorFindings).toTextLines()));
          x.writeEndElement();
        }
        List<Finding> others = r.report().findings().stream().filter(f -> f.severity() != Severity.ERROR).toList();
        if (!others.isEmpty()) {
          x.writeCharacters("\n      ");
          x.writeStartElement("system-out");
          x.writeCharacters(xmlSafe(ValidationReport.of(others).toTextLines()));
          x.writeEndElement();
        }
        if (!r.read() || !errorFindings.isEmpty() || !others.isEmpty()) {
          x.writeCharacters("\n    ");
        }
        x.writeEndElement();
      }
      x.writeCharacters("\n  ");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
    }
    return text.toString();
  }

  /** XML 1.0 cannot hold most control characters, even escaped: each becomes U+FFFD. */
  static String xmlSafe(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
      b.appendCodePoint(allowed ? c : 0xFFFD);
    });
    return b.toString();
  }
}
