package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.selector.SelectorExpression;
import dev.calicokit.model.selector.SelectorExpression.All;
import dev.calicokit.model.selector.SelectorExpression.And;
import dev.calicokit.model.selector.SelectorExpression.Compare;
import dev.calicokit.model.selector.SelectorExpression.Global;
import dev.calicokit.model.selector.SelectorExpression.Has;
import dev.calicokit.model.selector.SelectorExpression.In;
import dev.calicokit.model.selector.SelectorExpression.Not;
import dev.calicokit.model.selector.SelectorExpression.Or;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether any label set can satisfy a selector, under the meaning libcalico-go's selector
 * evaluator gives each operator: {@code k == v}, {@code k in {..}}, {@code contains}, {@code starts with}
 * and {@code ends with} need the label present; {@code k != v} and {@code k not in {..}} also match when
 * it is absent.
 *
 * <p>The expression is brought into disjunctive normal form (negations pushed down to the comparisons);
 * each conjunction is then checked label by label. The answer errs towards "satisfiable": a label that is
 * only constrained by substring tests, or an expression whose normal form grows beyond {@value #MAX_TERMS}
 * conjunctions, counts as satisfiable, so that a warning is never given without proof.
 */
final class SelectorSatisfiability {
  static final int MAX_TERMS = 256;

  private SelectorSatisfiability() {}

  /** A comparison or {@code has()}, possibly negated. */
  private record Literal(SelectorExpression atom, boolean negated) {}

  /** True only when it is certain that no label set matches {@code e}. */
  static boolean unsatisfiable(SelectorExpression e) {
    List<List<Literal>> dnf = dnf(e, false);
    if (dnf == null) {
      return false; // too large to decide
    }
    for (List<Literal> term : dnf) {
      if (satisfiable(term)) {
        return false;
      }
    }
    return true;
  }

  /** The conjunctions whose disjunction is {@code e} (negated when asked); null when too many. */
  private static List<List<Literal>> dnf(SelectorExpression e, boolean negated) {
    if (e instanceof All) {
      return negated ? List.of() : List.of(List.of());
    }
    if (e instanceof Not n) {
      return dnf(n.operand(), !negated);
    }
    if (e instanceof And a) {
      return negated ? union(a.operands(), true) : product(a.operands(), false);
    }
    if (e instanceof Or o) {
      return negated ? product(o.operands(), true) : union(o.operands(), false);
    }
    return List.of(List.of(new Literal(e, negated)));
  }

  private static List<List<Literal>> union(List<SelectorExpression> operands, boolean negated) {
    List<List<Literal>> out = new ArrayList<>();
    for (SelectorExpression o : operands) {
      List<List<Literal>> d = dnf(o, negated);
      if (d == null) {
        return null;
      }
      out.addAll(d);
      if (out.size() > MAX_TERMS) {
        return null;
      }
    }
    return out;
  }

  private static List<List<Literal>> product(List<SelectorExpression> operands, boolean negated) {
    List<List<Literal>> out = List.of(List.of());
    for (SelectorExpression o : operands) {
      List<List<Literal>> d = dnf(o, negated);
      if (d == null || (long) out.size() * d.size() > MAX_TERMS) {
        return null;
      }
      List<List<Literal>> next = new ArrayList<>();
      for (List<Literal> left : out) {
        for (List<Literal> right : d) {
          List<Literal> term = new ArrayList<>(left);
          term.addAll(right);
          next.add(term);
        }
      }
      out = next;
    }
    return out;
  }

  /** Whether some label set satisfies every literal of a conjunction. */
  private static boolean satisfiable(List<Literal> term) {
    Map<String, List<Literal>> byKey = new LinkedHashMap<>();
    Boolean global = null;
    for (Literal l : term) {
      if (l.atom() instanceof Global) {
        if (global != null && global == l.negated()) {
          return false; // global() && !global()
        }
        global = !l.negated();
        continue;
      }
      byKey.computeIfAbsent(key(l.atom()), k -> new ArrayList<>()).add(l);
    }
    for (List<Literal> literals : byKey.values()) {
      if (!labelSatisfiable(literals)) {
        return false;
      }
    }
    return true;
  }

  private static String key(SelectorExpression atom) {
    if (atom instanceof Has h) {
      return h.key();
    }
    if (atom instanceof Compare c) {
      return c.key();
    }
    return ((In) atom).key();
  }

  /** Whether one label can be absent, or hold a value, so that every literal on it holds. */
  private static boolean labelSatisfiable(List<Literal> literals) {
    boolean needsPresent = false;
    boolean needsAbsent = false;
    for (Literal l : literals) {
      if (l.atom() instanceof Has) {
        needsPresent |= !l.negated();
        needsAbsent |= l.negated();
      } else if (needsPresence(l)) {
        needsPresent = true;
      }
    }
    if (needsPresent && needsAbsent) {
      return false;
    }
    if (!needsPresent) {
      return true; // absent satisfies every literal that does not need the label
    }
    // Present: a value must pass every literal. Only a finite set of candidates (from == and in) decides.
    Set<String> candidates = null;
    for (Literal l : literals) {
      Set<String> allowed = finiteValues(l);
      if (allowed != null) {
        if (candidates == null) {
          candidates = new HashSet<>(allowed);
        } else {
          candidates.retainAll(allowed);
        }
      }
    }
    if (candidates == null) {
      return true;
    }
    for (String v : candidates) {
      if (literals.stream().allMatch(l -> holds(l, v))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the literal holds only when the label is present. */
  private static boolean needsPresence(Literal l) {
    if (l.atom() instanceof Compare c) {
      return switch (c.operator()) {
        case EQUALS, CONTAINS, STARTS_WITH, ENDS_WITH -> !l.negated();
        case NOT_EQUALS -> l.negated();
      };
    }
    In in = (In) l.atom();
    return in.negated() == l.negated();
  }

  /** The only values a present label may hold under this literal, or null when not a finite set. */
  private static Set<String> finiteValues(Literal l) {
    if (l.atom() instanceof Compare c) {
      boolean equality = c.operator() == SelectorExpression.Operator.EQUALS && !l.negated()
          || c.operator() == SelectorExpression.Operator.NOT_EQUALS && l.negated();
      return equality ? Set.of(c.value()) : null;
    }
    if (l.atom() instanceof In in && in.negated() == l.negated()) {
      return new HashSet<>(in.values());
    }
    return null;
  }

  /** Whether the literal holds for a label present with value {@code v}. */
  private static boolean holds(Literal l, String v) {
    boolean positive;
    if (l.atom() instanceof Has) {
      positive = true;
    } else if (l.atom() instanceof Compare c) {
      positive = switch (c.operator()) {
        case EQUALS -> v.equals(c.value());
        case NOT_EQUALS -> !v.equals(c.value());
        case CONTAINS -> v.contains(c.value());
        case STARTS_WITH -> v.startsWith(c.value());
        case ENDS_WITH -> v.endsWith(c.value());
      };
    } else {
      In in = (In) l.atom();
      positive = in.values().contains(v) != in.negated();
    }
    return positive != l.negated();
  }
}
