package dev.calicokit.schemas.internal.cel;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CEL environment of CRD validation rules, as close to the API server's as we need: {@code self}
 * and {@code oldSelf} bound dynamically (documents are bound as maps, lists and scalars, so that an
 * int-or-string field compares with both {@code 6} and {@code 'TCP'}), the standard macros, the string,
 * set and optional extensions, and the Kubernetes IP, CIDR, list and regex functions.
 *
 * <p>One environment serves every release: the libraries are stable across the releases we know, and a
 * rule's program does not depend on the schema it sits on. Compiled programs are immutable and shared.
 */
public final class CelEnvironment {
  private static final CelOptions OPTIONS = CelOptions.current()
      .enableOptionalSyntax(true)
      // 1 == 1.0 and 2 < 2.5 hold at run time, as in cel-go, which the API server uses.
      .enableHeterogeneousNumericComparisons(true)
      .build();

  private static final Cel CEL = build();

  private CelEnvironment() {}

  private static Cel build() {
    List<dev.cel.common.CelFunctionDecl> decls = new ArrayList<>();
    decls.addAll(CelNetLibrary.declarations());
    decls.addAll(CelListsLibrary.declarations());
    decls.addAll(CelRegexLibrary.declarations());
    List<dev.cel.runtime.CelFunctionBinding> bindings = new ArrayList<>();
    bindings.addAll(CelNetLibrary.bindings());
    bindings.addAll(CelListsLibrary.bindings());
    bindings.addAll(CelRegexLibrary.bindings());
    return CelFactory.standardCelBuilder()
        .setOptions(OPTIONS)
        .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
        .addVar("self", SimpleType.DYN)
        .addVar("oldSelf", SimpleType.DYN)
        .addCompilerLibraries(CelExtensions.strings(), CelExtensions.sets(OPTIONS), CelExtensions.optional())
        .addRuntimeLibraries(CelExtensions.strings(), CelExtensions.sets(OPTIONS), CelExtensions.optional())
        .addFunctionDeclarations(decls)
        .addFunctionBindings(bindings)
        .build();
  }

  /** A compiled expression, or why it does not compile. */
  public record Compiled(String expression, Program program, boolean usesOldSelf, String error) {
    /** Whether the expression compiled. */
    public boolean ok() {
      return program != null;
    }

    /** Evaluates the program with {@code self} bound to {@code self}. */
    public Object evaluate(Object self) throws CelEvaluationException {
      return program.eval(Map.of("self", self));
    }

    /** Evaluates the program with {@code self} and, for a transition rule, {@code oldSelf} bound. */
    public Object evaluate(Object self, Object oldSelf) throws CelEvaluationException {
      return program.eval(Map.of("self", self, "oldSelf", oldSelf));
    }
  }

  /** Compiles an expression; never throws. */
  public static Compiled compile(String expression) {
    try {
      CelAbstractSyntaxTree ast = CEL.compile(expression).getAst();
      boolean oldSelf = ast.getReferenceMap().values().stream().anyMatch(r -> r.name().equals("oldSelf"));
      return new Compiled(expression, CEL.createProgram(ast), oldSelf, null);
    } catch (CelValidationException | CelEvaluationException e) {
      return new Compiled(expression, null, false, e.getMessage());
    } catch (RuntimeException e) {
      return new Compiled(expression, null, false, String.valueOf(e.getMessage()));
    }
  }
}
