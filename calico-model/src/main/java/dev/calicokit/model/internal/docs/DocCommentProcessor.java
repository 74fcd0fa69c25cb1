package dev.calicokit.model.internal.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * Keeps the Javadoc of the model's resource types for run time, so that generated CRDs describe each
 * field in the same words as the Java API does, from one source. Runs while calico-model compiles (see
 * its pom) and writes {@value DocComments#RESOURCE}: one line per documented type or accessor,
 * {@code key TAB text}, sorted, so the build is reproducible.
 */
@SupportedAnnotationTypes("*")
public final class DocCommentProcessor extends AbstractProcessor {
  private static final Set<String> PACKAGES =
      Set.of("dev.calicokit.model.calico", "dev.calicokit.model.netpol", "dev.calicokit.model.k8s");

  private final Map<String, String> docs = new TreeMap<>();

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement) {
        TypeElement type = (TypeElement) root;
        String pkg = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
        if (PACKAGES.contains(pkg)) {
          collect(type);
        }
      }
    }
    if (round.processingOver() && !docs.isEmpty()) {
      write();
    }
    return false; // never claims an annotation: Immutables must see them all
  }

  private void collect(TypeElement type) {
    String name = type.getQualifiedName().toString();
    put(name, processingEnv.getElementUtils().getDocComment(type));
    for (Element member : type.getEnclosedElements()) {
      // Accessors only: static factories and builders are no fields of the resource.
      if (member.getKind() == ElementKind.METHOD && !member.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)) {
        put(name + "#" + member.getSimpleName(), processingEnv.getElementUtils().getDocComment(member));
      }
    }
  }

  private void put(String key, String comment) {
    if (comment != null) {
      String text = DocComments.plainText(comment);
      if (!text.isEmpty()) {
        docs.put(key, text);
      }
    }
  }

  private void write() {
    try (Writer w = new java.io.OutputStreamWriter(processingEnv.getFiler()
        .createResource(StandardLocation.CLASS_OUTPUT, "", DocComments.RESOURCE).openOutputStream(), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> e : docs.entrySet()) {
        w.write(e.getKey() + "\t" + DocComments.escape(e.getValue()) + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
