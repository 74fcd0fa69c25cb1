package dev.calicokit.model.internal;

import dev.calicokit.model.schema.ModelProperties;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Jackson value filter ({@code @JsonInclude(CUSTOM)}) that leaves out a model object equal to its
 * type's empty instance. Kinds default their metadata and (where it has no required field) their spec
 * to empty values for convenience; this keeps such defaults from being written, so a resource read
 * without them is written without them.
 */
public final class EmptyValueFilter {
  private static final Map<Class<?>, Object> EMPTY = new ConcurrentHashMap<>();
  private static final Object NONE = new Object();

  @Override
  public boolean equals(Object value) {
    if (value == null) {
      return true;
    }
    Object empty = EMPTY.computeIfAbsent(value.getClass(), EmptyValueFilter::emptyOf);
    return empty != NONE && empty.equals(value);
  }

  @Override
  public int hashCode() {
    return 0;
  }

  private static Object emptyOf(Class<?> type) {
    try {
      Method builder = ModelProperties.modelType(type).getMethod("builder");
      Object b = builder.invoke(null);
      return b.getClass().getMethod("build").invoke(b);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return NONE; // a type with required fields has no empty instance
    }
  }
}
