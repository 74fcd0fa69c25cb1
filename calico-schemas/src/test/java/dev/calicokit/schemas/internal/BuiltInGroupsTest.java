package dev.calicokit.schemas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.File;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The table of built-in groups holds every kind that fabric8's model classes on the class path name
 * with a built-in group and version (fabric8 carries them as annotations), so that no kind Kubernetes
 * serves is called unknown.
 */
class BuiltInGroupsTest {
  @Test
  void holdsEveryBuiltInKindOfFabric8sModel() throws Exception {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains("kubernetes-model-") || !entry.endsWith(".jar")) {
        continue;
      }
      try (JarFile jar = new JarFile(entry)) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          String name = e.nextElement().getName();
          if (!name.endsWith(".class") || name.contains("$") || !name.startsWith("io/fabric8/kubernetes/api/model")) {
            continue;
          }
          Class<?> c = Class.forName(name.replace('/', '.').replace(".class", ""), false, getClass().getClassLoader());
          if (!HasMetadata.class.isAssignableFrom(c) || Modifier.isAbstract(c.getModifiers()) || c.isInterface()
              || c.getAnnotation(io.fabric8.kubernetes.model.annotation.Version.class) == null) {
            continue;
          }
          @SuppressWarnings("unchecked")
          Class<? extends HasMetadata> r = (Class<? extends HasMetadata>) c;
          String group = HasMetadata.getGroup(r);
          if (BuiltInGroups.versions(group).isEmpty()) {
            continue; // not built in (a fabric8 extension's group)
          }
          checked++;
          String version = HasMetadata.getVersion(r);
          if (!BuiltInGroups.versions(group).get().getOrDefault(version, java.util.Set.of()).contains(HasMetadata.getKind(r))) {
            missing.add(group + "/" + version + " " + HasMetadata.getKind(r));
          }
        }
      }
    }
    System.out.printf("BuiltInGroupsTest: %d fabric8 kinds of built-in groups checked%n", checked);
    assertThat(checked).isGreaterThan(20);
    assertThat(missing).isEmpty();
  }
}
