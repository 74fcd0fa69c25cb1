package dev.calicokit.policy.internal;

import dev.calicokit.model.selector.SelectorExpression;
import dev.calicokit.model.selector.SelectorParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Calico's selector language evaluated on labels, as libcalico-go's {@code selector/parser/ast.go}
 * evaluates it: {@code !=} and {@code not in} match a label that is absent (LabelNeValueNode,
 * LabelNotInSetNode), {@code global()} matches everything once the v3 selectors are converted, and the
 * {@code pcns.}/{@code pcsa.} prefixes of {@code updateprocessors/selectors.go} are attached by
 * {@link #prefixed}.
 */
public final class Selectors {
  private Selectors() {}

  /** Parses selector text; the empty text is {@code all()}, as in Felix. */
  public static SelectorExpression parse(String text) {
    return SelectorParser.parse(text == null ? "" : text);
  }

  /** Whether the expression matches the labels. */
  public static boolean matches(SelectorExpression e, Map<String, String> labels) {
    if (e instanceof SelectorExpression.All || e instanceof SelectorExpression.Global) {
      return true;
    }
    if (e instanceof SelectorExpression.Has) {
      return labels.containsKey(((SelectorExpression.Has) e).key());
    }
    if (e instanceof SelectorExpression.Compare) {
      SelectorExpression.Compare c = (SelectorExpression.Compare) e;
      String v = labels.get(c.key());
      switch (c.operator()) {
        case EQUALS:
          return c.value().equals(v);
        case NOT_EQUALS:
          return v == null || !c.value().equals(v);
        case CONTAINS:
          return v != null && v.contains(c.value());
        case STARTS_WITH:
          return v != null && v.startsWith(c.value());
        case ENDS_WITH:
          return v != null && v.endsWith(c.value());
        default:
          throw new IllegalStateException(c.operator().name());
      }
    }
    if (e instanceof SelectorExpression.In) {
      SelectorExpression.In in = (SelectorExpression.In) e;
      String v = labels.get(in.key());
      return in.negated() ? v == null || !in.values().contains(v) : v != null && in.values().contains(v);
    }
    if (e instanceof SelectorExpression.Not) {
      return !matches(((SelectorExpression.Not) e).operand(), labels);
    }
    if (e instanceof SelectorExpression.And) {
      for (SelectorExpression o : ((SelectorExpression.And) e).operands()) {
        if (!matches(o, labels)) {
          return false;
        }
      }
      return true;
    }
    if (e instanceof SelectorExpression.Or) {
      for (SelectorExpression o : ((SelectorExpression.Or) e).operands()) {
        if (matches(o, labels)) {
          return true;
        }
      }
      return false;
    }
    throw new IllegalStateException(e.getClass().getName());
  }

  /** The expression with every label key prefixed (libcalico-go's PrefixVisitor). */
  public static SelectorExpression prefixed(SelectorExpression e, String prefix) {
    if (e instanceof SelectorExpression.Has) {
      return new SelectorExpression.Has(prefix + ((SelectorExpression.Has) e).key());
    }
    if (e instanceof SelectorExpression.Compare) {
      SelectorExpression.Compare c = (SelectorExpression.Compare) e;
      return new SelectorExpression.Compare(prefix + c.key(), c.operator(), c.value());
    }
    if (e instanceof SelectorExpression.In) {
      SelectorExpression.In in = (SelectorExpression.In) e;
      return new SelectorExpression.In(prefix + in.key(), in.values(), in.negated());
    }
    if (e instanceof SelectorExpression.Not) {
      return new SelectorExpression.Not(prefixed(((SelectorExpression.Not) e).operand(), prefix));
    }
    if (e instanceof SelectorExpression.And) {
      List<SelectorExpression> ops = new ArrayList<>();
      ((SelectorExpression.And) e).operands().forEach(o -> ops.add(prefixed(o, prefix)));
      return new SelectorExpression.And(ops);
    }
    if (e instanceof SelectorExpression.Or) {
      List<SelectorExpression> ops = new ArrayList<>();
      ((SelectorExpression.Or) e).operands().forEach(o -> ops.add(prefixed(o, prefix)));
      return new SelectorExpression.Or(ops);
    }
    return e;
  }

  /** Replaces {@code all()} and {@code global()} as the namespace-selector conversion does (rules.go). */
  public static SelectorExpression replaceAllAndGlobal(SelectorExpression e, SelectorExpression forAll,
      SelectorExpression forGlobal) {
    if (e instanceof SelectorExpression.All) {
      return forAll;
    }
    if (e instanceof SelectorExpression.Global) {
      return forGlobal == null ? e : forGlobal;
    }
    if (e instanceof SelectorExpression.Not) {
      return new SelectorExpression.Not(replaceAllAndGlobal(((SelectorExpression.Not) e).operand(), forAll, forGlobal));
    }
    if (e instanceof SelectorExpression.And) {
      List<SelectorExpression> ops = new ArrayList<>();
      ((SelectorExpression.And) e).operands().forEach(o -> ops.add(replaceAllAndGlobal(o, forAll, forGlobal)));
      return new SelectorExpression.And(ops);
    }
    if (e instanceof SelectorExpression.Or) {
      List<SelectorExpression> ops = new ArrayList<>();
      ((SelectorExpression.Or) e).operands().forEach(o -> ops.add(replaceAllAndGlobal(o, forAll, forGlobal)));
      return new SelectorExpression.Or(ops);
    }
    return e;
  }

  /** Both must match. */
  public static SelectorExpression and(SelectorExpression a, SelectorExpression b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    List<SelectorExpression> ops = new ArrayList<>();
    for (SelectorExpression x : List.of(a, b)) {
      if (x instanceof SelectorExpression.And) {
        ops.addAll(((SelectorExpression.And) x).operands());
      } else {
        ops.add(x);
      }
    }
    return new SelectorExpression.And(ops);
  }

  /**
   * The labels {@code key == value} that every match must carry, found at the expression's top (alone or
   * as terms of an And): what the label index looks candidates up by.
   */
  public static List<Map.Entry<String, String>> requiredLabels(SelectorExpression e) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    if (e instanceof SelectorExpression.Compare
        && ((SelectorExpression.Compare) e).operator() == SelectorExpression.Operator.EQUALS) {
      SelectorExpression.Compare c = (SelectorExpression.Compare) e;
      out.add(Map.entry(c.key(), c.value()));
    } else if (e instanceof SelectorExpression.And) {
      for (SelectorExpression o : ((SelectorExpression.And) e).operands()) {
        out.addAll(requiredLabels(o));
      }
    }
    return out;
  }
}
