package dev.calicokit.cli;

import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.manifest.ManifestDocument;
import dev.calicokit.schemas.JsonSchemas;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code fmt --schema-comment}: the canonical form of a manifest with a
 * {@code # yaml-language-server: $schema=...} line at the head of each document whose schema
 * {@code calico schema} writes (the Calico kinds of both API groups and the network-policy kinds Calico
 * ships), naming that schema in the catalog layout ({@code {group}/{kind}_{version}.json}) under a
 * {@link SchemaBase}.
 *
 * <p>yaml-language-server takes a modeline from a document's header comments (those before its first
 * node) and uses the first one, per document of a multi-document file; so the line goes first in the
 * header, and a header that already has one keeps its place with our text: never two, never stale.
 * Other documents are left as they are, their modelines included: a CustomResourceDefinition or a
 * DaemonSet is a built-in kind whose schema yaml-language-server's Kubernetes association already
 * gives, and {@code calico schema} writes none for them. The line is an ordinary comment of the
 * document's head, so a later plain {@code fmt} keeps it.
 */
final class SchemaComments {
  /** What the line says before the schema's location. */
  static final String PREFIX = "# yaml-language-server: $schema=";

  /** A modeline as yaml-language-server recognises one (its {@code isModeline}), ours or the IntelliJ form. */
  private static final Pattern MODELINE = Pattern.compile("^#\\s+(?:yaml-language-server\\s*:|\\$schema:)");

  private final SchemaBase base;

  SchemaComments(SchemaBase base) {
    this.base = Objects.requireNonNull(base, "base");
  }

  /**
   * The catalog file of a document's schema, {@code group/kind_version.json} as {@code calico schema}
   * names it, when the model types the kind under that apiVersion and a CRD serves it; empty for every
   * other document (built-in kinds, unknown kinds, Node, WorkloadEndpoint and Profile).
   */
  static Optional<String> catalogFile(String apiVersion, String kind) {
    if (apiVersion == null || kind == null || apiVersion.indexOf('/') < 0
        || Kinds.forType(apiVersion, kind).filter(type -> !Kinds.isWithoutCrd(type)).isEmpty()) {
      return Optional.empty();
    }
    int slash = apiVersion.indexOf('/');
    return Optional.of(apiVersion.substring(0, slash) + "/" + JsonSchemas.fileName(kind, apiVersion.substring(slash + 1)));
  }

  /**
   * The manifest in canonical form, each document with a schema headed by the line that names it for a
   * file in {@code folder} (with a folder base, only where the folder holds that schema).
   *
   * @throws IllegalArgumentException where the location cannot be written in a modeline (white space)
   */
  String write(Manifest manifest, Path folder) {
    List<ManifestDocument> documents = manifest.documents();
    if (documents.isEmpty()) {
      return manifest.toYaml();
    }
    // The documents written one by one and joined as Manifest.toYaml joins them.
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < documents.size(); i++) {
      if (i > 0) {
        out.append("---\n");
      }
      ManifestDocument document = documents.get(i);
      String yaml = document.toYaml();
      Optional<String> file = catalogFile(document.apiVersion(), document.kind()).filter(base::holds);
      out.append(file.isPresent() ? withModeline(yaml, PREFIX + base.location(file.get(), folder)) : yaml);
    }
    return out.toString();
  }

  /**
   * One document's canonical text with {@code modeline} as its header's modeline: in place of the
   * first modeline the header has (further ones dropped, yaml-language-server reads only the first),
   * else as the header's first line. The header is the comment lines before the first node, which
   * canonical YAML writes at column 0.
   */
  static String withModeline(String document, String modeline) {
    StringBuilder header = new StringBuilder();
    boolean placed = false;
    int at = 0;
    while (at < document.length() && document.charAt(at) == '#') {
      int end = document.indexOf('\n', at);
      end = end < 0 ? document.length() : end + 1;
      String line = document.substring(at, end);
      if (!MODELINE.matcher(line).find()) {
        header.append(line);
      } else if (!placed) {
        header.append(modeline).append('\n');
        placed = true;
      }
      at = end;
    }
    if (!placed) {
      header.insert(0, modeline + "\n");
    }
    return header + document.substring(at);
  }
}
