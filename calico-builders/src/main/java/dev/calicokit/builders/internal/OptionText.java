package dev.calicokit.builders.internal;

import dev.calicokit.builders.Component;
import dev.calicokit.builders.ManifestOptions;
import dev.calicokit.builders.Option;
import dev.calicokit.builders.Options;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.OpenEnum;
import dev.calicokit.model.values.Quantity;
import io.fabric8.kubernetes.api.model.Toleration;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Options written as {@code calico render} arguments and as Java that builds them. */
public final class OptionText {
  private OptionText() {}

  /** {@code --preset P --version V} and one {@code --set key=value} per value, in the table's order. */
  public static List<String> renderArguments(ManifestOptions options) {
    List<String> out = new ArrayList<>(List.of("--preset", options.preset().fileName(), "--version", options.version()));
    Release release = Versions.parse(options.version()).release();
    for (Option<?> o : options.given()) {
      if (o == Options.VERSION || o == Options.PRESET) {
        continue;
      }
      for (String kv : keys(o, options.get(o).orElseThrow(), release)) {
        out.add("--set");
        out.add(kv);
      }
    }
    return out;
  }

  private static List<String> keys(Option<?> o, Object value, Release release) {
    List<String> out = new ArrayList<>();
    if (o == Options.FELIX) {
      ((Map<?, ?>) value).forEach((k, v) -> out.add("felix." + k.toString().replaceFirst("^FELIX_", "") + "=" + v));
    } else if (o == Options.REGISTRIES || o == Options.IMAGES) {
      ((Map<?, ?>) value).forEach((k, v) -> {
        Component c = (Component) k;
        if (o == Options.IMAGES) {
          out.add(c.chartKey() + ".image=" + v);
        } else if (release.compareTo(Release.V3_31) >= 0) {
          out.add(c.chartKey() + ".registry=" + v);
        } else {
          out.add(c.chartKey() + ".image=" + v + "/" + c.imageName()); // the chart before v3.31 has no registry key
        }
      });
    } else if (o == Options.NODE_TOLERATIONS) {
      for (Object t : (List<?>) value) {
        Toleration tol = (Toleration) t;
        out.add("tolerations." + tol.getKey() + "=" + (tol.getEffect() == null ? "*" : tol.getEffect()));
      }
    } else if (value instanceof Map<?, ?> map) {
      String prefix = o.chartKeys().get(0).name();
      map.forEach((k, v) -> out.add(prefix + k + "=" + text(v)));
    } else {
      out.add(o.chartKeys().get(0).name() + "=" + text(value));
    }
    return out;
  }

  private static String text(Object v) {
    if (v instanceof OpenEnum e) {
      return e.value();
    }
    if (v instanceof dev.calicokit.builders.PullPolicy p) {
      return p.value();
    }
    if (v instanceof Enum<?> e) {
      return e.toString();
    }
    return String.valueOf(v);
  }

  /** A {@code CalicoManifest.builder()} chain that sets every option given, ending in {@code .build();}. */
  public static String java(ManifestOptions options) {
    StringBuilder b = new StringBuilder("Manifest manifest = CalicoManifest.builder()\n");
    for (Option<?> o : options.given()) {
      b.append("    .set(Options.").append(constant(o)).append(", ").append(literal(options.get(o).orElseThrow())).append(")\n");
    }
    return b.append("    .build();\n").toString();
  }

  /** The name of the option's constant in {@link Options}. */
  private static String constant(Option<?> o) {
    for (Field f : Options.class.getFields()) {
      try {
        if (Modifier.isStatic(f.getModifiers()) && f.get(null) == o) {
          return f.getName();
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e); // public fields of our own class
      }
    }
    throw new IllegalStateException("option not in the table: " + o);
  }

  private static String literal(Object v) {
    if (v instanceof String s) {
      return quote(s);
    }
    if (v instanceof Cidr c) {
      return "Cidr.parse(" + quote(c.text()) + ")";
    }
    if (v instanceof Quantity q) {
      return "Quantity.of(" + quote(q.toString()) + ")";
    }
    if (v instanceof OpenEnum e) {
      return e.getClass().getSimpleName() + ".of(" + quote(e.value()) + ")";
    }
    if (v instanceof Enum<?> e) {
      return e.getDeclaringClass().getSimpleName() + "." + e.name();
    }
    if (v instanceof Map<?, ?> map) {
      List<String> entries = new ArrayList<>();
      map.forEach((k, x) -> entries.add("Map.entry(" + literal(k) + ", " + literal(x) + ")"));
      return "Map.ofEntries(" + String.join(", ", entries) + ")";
    }
    if (v instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      for (Object x : list) {
        items.add(literal(x));
      }
      return "List.of(" + String.join(", ", items) + ")";
    }
    if (v instanceof Toleration t) {
      return "new TolerationBuilder()" + (t.getKey() == null ? "" : ".withKey(" + quote(t.getKey()) + ")")
          + (t.getOperator() == null ? "" : ".withOperator(" + quote(t.getOperator()) + ")")
          + (t.getValue() == null ? "" : ".withValue(" + quote(t.getValue()) + ")")
          + (t.getEffect() == null ? "" : ".withEffect(" + quote(t.getEffect()) + ")") + ".build()";
    }
    return String.valueOf(v);
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
