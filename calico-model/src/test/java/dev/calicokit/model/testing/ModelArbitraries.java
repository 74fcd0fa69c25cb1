package dev.calicokit.model.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.HasUnknownFields;
import dev.calicokit.model.Unstructured;
import dev.calicokit.model.internal.AllowNulls;
import dev.calicokit.model.schema.ModelProperties;
import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.GoDuration;
import dev.calicokit.model.values.IntOrString;
import dev.calicokit.model.values.IpAddress;
import dev.calicokit.model.values.OpenEnum;
import dev.calicokit.model.values.Port;
import dev.calicokit.model.values.Protocol;
import dev.calicokit.model.values.Quantity;
import dev.calicokit.model.values.Selector;
import dev.calicokit.model.values.StringBoolean;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries for every model type, built by reflection over the model's accessors and
 * builders, so that every field of every kind is reachable without a hand-kept generator per type.
 *
 * <p>Values are drawn from jqwik's seeded random source in one pass ({@link Arbitraries#randomValue}):
 * composing an arbitrary per field made each object cost about 10 ms, too slow for thousands of
 * tries per kind. The price is that failures are not shrunk; the seed reproduces them. Strings
 * include the YAML traps (text that looks like numbers, booleans, null or base-60 numbers).
 */
public final class ModelArbitraries {
  private static final String[] TRICKY = {
    "0", "1440", "true", "false", "null", "~", "1e3", "yes", "no", "on", "Off", "True", "False", "0755",
    "0x1F", "5663:12", "1:20:30", ".inf", "-.5", "+1", "", " leading", "trailing ", "a: b", "- item",
    "#comment", "multi\nline\n", "tab\there", "quote's \"double\"", "{braces}", "[list]", "*star",
    "&anchor", "!tag", "%percent", "@at", "`tick", "ünïcödé", "line \nspace", "---", "..."
  };
  private static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./: ";
  private static final Map<Method, Method> SETTERS = new ConcurrentHashMap<>();

  private ModelArbitraries() {}

  /** Arbitrary resources of one kind, each with a valid apiVersion/kind pair of that kind. */
  public static Arbitrary<CalicoResource> resource(Class<? extends CalicoResource> kind) {
    return Arbitraries.randomValue(random -> resource(kind, random));
  }

  /** One random resource of the kind. */
  public static CalicoResource resource(Class<? extends CalicoResource> kind, Random random) {
    List<String> types = Kinds.typesOf(kind);
    String[] header = types.get(random.nextInt(types.size())).split(" ");
    Map<String, Object> fixed = Map.of("apiVersion", header[0]);
    return (CalicoResource) model(kind, random, 0, fixed);
  }

  /** One random value of a model type. */
  public static Object model(Class<?> type, Random random, int depth, Map<String, Object> fixed) {
    Class<?> model = ModelProperties.modelType(type);
    try {
      Object b = model.getMethod("builder").invoke(null);
      List<ModelProperties.Property> props = ModelProperties.of(model);
      for (ModelProperties.Property p : props) {
        Method accessor = p.accessor();
        if (accessor.getAnnotation(org.immutables.value.Value.Derived.class) != null) {
          continue;
        }
        Object v = fixed.containsKey(p.jsonName()) ? fixed.get(p.jsonName()) : property(accessor, random, depth);
        if (v != ABSENT) {
          setter(b.getClass(), accessor).invoke(b, v);
        }
      }
      if (HasUnknownFields.class.isAssignableFrom(model) && random.nextInt(4) == 0) {
        Set<String> known = props.stream().map(ModelProperties.Property::jsonName).collect(Collectors.toSet());
        Map<String, Unstructured> unknown = new LinkedHashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          String name = "x" + word(random, 1 + random.nextInt(8));
          if (!known.contains(name)) {
            unknown.put(name, Unstructured.of(json(random, 2)));
          }
        }
        b.getClass().getMethod("unknownFields", Map.class).invoke(b, unknown);
      }
      return b.getClass().getMethod("build").invoke(b);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + model.getSimpleName() + ": " + e.getCause(), e);
    }
  }

  private static final Object ABSENT = new Object();

  private static Method setter(Class<?> builder, Method accessor) {
    return SETTERS.computeIfAbsent(accessor, a -> {
      Type t = a.getGenericReturnType();
      Class<?> raw = (Class<?>) rawOf(t);
      Class<?> param;
      if (raw == List.class) {
        param = Iterable.class;
      } else if (raw == Map.class) {
        param = Map.class;
      } else if (raw == Optional.class) {
        param = (Class<?>) rawOf(((ParameterizedType) t).getActualTypeArguments()[0]);
      } else {
        param = raw;
      }
      try {
        return builder.getMethod(a.getName(), param);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static Object property(Method accessor, Random random, int depth) {
    Type t = accessor.getGenericReturnType();
    Class<?> raw = (Class<?>) rawOf(t);
    int maxSize = depth > 3 ? 1 : 3;
    if (raw == List.class) {
      Type item = ((ParameterizedType) t).getActualTypeArguments()[0];
      boolean nulls = accessor.getAnnotation(AllowNulls.class) != null
          || accessor.getDeclaringClass().getSimpleName().equals("IPAMBlockSpec") && accessor.getName().equals("allocations");
      List<Object> l = new ArrayList<>();
      for (int i = random.nextInt(maxSize + 1); i > 0; i--) {
        l.add(nulls && random.nextInt(3) == 0 ? null : value(item, random, depth + 1));
      }
      return l;
    }
    if (raw == Map.class) {
      Type v = ((ParameterizedType) t).getActualTypeArguments()[1];
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = random.nextInt(maxSize + 1); i > 0; i--) {
        m.put(key(random), value(v, random, depth + 1));
      }
      return m;
    }
    if (raw == Optional.class) {
      return random.nextInt(3) == 0 ? ABSENT : value(((ParameterizedType) t).getActualTypeArguments()[0], random, depth + 1);
    }
    if (accessor.isDefault()) {
      if (accessor.getName().equals("apiVersion") || accessor.getName().equals("kind")) {
        return ABSENT;
      }
      return random.nextBoolean() ? ABSENT : value(t, random, depth + 1);
    }
    return value(t, random, depth + 1);
  }

  private static Type rawOf(Type t) {
    return t instanceof ParameterizedType ? ((ParameterizedType) t).getRawType() : t;
  }

  private static Object value(Type t, Random r, int depth) {
    Class<?> c = (Class<?>) rawOf(t);
    if (c == String.class) {
      return string(r);
    }
    if (c == Integer.class) {
      return r.nextInt(4) == 0 ? pick(r, 0, 1, -1, 65535, Integer.MAX_VALUE, Integer.MIN_VALUE) : r.nextInt();
    }
    if (c == Long.class) {
      return r.nextInt(4) == 0 ? pick(r, 0L, 64512L, 4294967295L, Long.MAX_VALUE, Long.MIN_VALUE) : r.nextLong();
    }
    if (c == Boolean.class) {
      return r.nextBoolean();
    }
    if (c == BigDecimal.class) {
      return r.nextBoolean() ? BigDecimal.valueOf(r.nextInt(2_000_000) - 1_000_000, r.nextInt(3))
          : pick(r, new BigDecimal("1000"), new BigDecimal("0"), new BigDecimal("100.5"), new BigDecimal("-1.00"));
    }
    if (c == Cidr.class) {
      return r.nextBoolean() ? Cidr.of("10." + r.nextInt(256) + "." + r.nextInt(256) + ".0/" + r.nextInt(33))
          : Cidr.lenient(pick(r, "fd00::/48", "2001:db8::1/128", "192.168.0.1", "not-a-cidr"));
    }
    if (c == IpAddress.class) {
      return IpAddress.lenient(pick(r, "10.0.0.1", "192.168.10.254", "fe80::1", "2001:db8::42", "bogus"));
    }
    if (c == GoDuration.class) {
      return r.nextBoolean() ? GoDuration.of(r.nextInt(100000) + "s") : GoDuration.of(pick(r, "1m30s", "250ms", "1.5h", "0", "2h45m10s"));
    }
    if (c == Selector.class) {
      return Selector.of(pick(r, "all()", "role == 'db'", "has(app) && env in {'prod', 'stage'}", "!has(x)", ""));
    }
    if (c == Port.class) {
      switch (r.nextInt(3)) {
        case 0: return Port.number(1 + r.nextInt(65535));
        case 1: int a = 1 + r.nextInt(1000); return Port.range(a, a + 100);
        default: return Port.of(pick(r, "http", "metrics", "443", "8080:8090"));
      }
    }
    if (c == Protocol.class) {
      return r.nextBoolean() ? Protocol.of(pick(r, "TCP", "UDP", "ICMP", "SCTP", "tcp", "6")) : Protocol.of(1 + r.nextInt(255));
    }
    if (c == IntOrString.class) {
      return r.nextBoolean() ? IntOrString.of(r.nextInt(100000) - 5) : IntOrString.of(string(r));
    }
    if (c == StringBoolean.class) {
      return r.nextBoolean() ? StringBoolean.of(r.nextBoolean()) : StringBoolean.of(pick(r, "true", "false"));
    }
    if (c == Quantity.class) {
      return Quantity.of(pick(r, "100m", "64Mi", "1.5G", "1e3"));
    }
    if (c == Unstructured.class) {
      return Unstructured.of(json(r, 2));
    }
    if (OpenEnum.class.isAssignableFrom(c)) {
      try {
        if (r.nextInt(5) == 0) {
          return c.getMethod("of", String.class).invoke(null, pick(r, "FromTheFuture", ""));
        }
        List<?> known = (List<?>) c.getMethod("knownValues").invoke(null);
        return known.get(r.nextInt(known.size()));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    if (ModelProperties.isModelType(c)) {
      return model(c, r, depth, Map.of());
    }
    throw new IllegalStateException("no generator for " + c);
  }

  @SafeVarargs
  private static <T> T pick(Random r, T... options) {
    return options[r.nextInt(options.length)];
  }

  /** A string, often one a YAML reader could mistake for something else. */
  public static String string(Random r) {
    return r.nextInt(3) == 0 ? TRICKY[r.nextInt(TRICKY.length)] : word(r, r.nextInt(21));
  }

  private static String word(Random r, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(ALNUM.charAt(r.nextInt(ALNUM.length())));
    }
    return sb.toString();
  }

  private static String key(Random r) {
    return r.nextInt(5) == 0 ? pick(r, "true", "0", "a b", "projectcalico.org/key") : "k" + word(r, 1 + r.nextInt(10));
  }

  private static JsonNode json(Random r, int depth) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    int pick = depth <= 0 ? r.nextInt(5) : r.nextInt(7);
    switch (pick) {
      case 0: return f.textNode(string(r));
      case 1: return f.numberNode(r.nextInt());
      case 2: return f.booleanNode(r.nextBoolean());
      case 3: return f.nullNode();
      case 4: return f.numberNode(new BigDecimal(pick(r, "1.25", "-0.5", "3.10")));
      case 5:
        ArrayNode a = f.arrayNode();
        for (int i = r.nextInt(4); i > 0; i--) {
          a.add(json(r, depth - 1));
        }
        return a;
      default:
        ObjectNode o = f.objectNode();
        for (int i = r.nextInt(4); i > 0; i--) {
          o.set(key(r), json(r, depth - 1));
        }
        return o;
    }
  }
}
