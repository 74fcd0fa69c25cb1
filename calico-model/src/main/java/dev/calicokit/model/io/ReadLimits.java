package dev.calicokit.model.io;

/**
 * Bounds that keep hostile input from exhausting memory or time while reading YAML or JSON. The
 * defaults let through a file of 10,000 policies (about 10 MB) with room to spare; each bound can be
 * changed. A reading error that a bound causes names the bound, the line and the column.
 *
 * @param maxDocuments documents in one stream, empty ones included
 * @param maxDocumentChars characters in one document
 * @param maxTotalChars characters in the whole stream
 * @param maxNestingDepth nested mappings and sequences in one document
 * @param maxAliasExpansion nodes that aliases ({@code *name}) may add to one document when expanded
 */
public record ReadLimits(
    int maxDocuments, int maxDocumentChars, long maxTotalChars, int maxNestingDepth, int maxAliasExpansion) {

  /** The defaults: 100,000 documents, 16 Mi characters a document, 256 Mi in all, depth 100, 10,000 aliased nodes. */
  public static ReadLimits defaults() {
    return new ReadLimits(100_000, 16 * 1024 * 1024, 256L * 1024 * 1024, 100, 10_000);
  }

  /** The same limits with another document count bound. */
  public ReadLimits withMaxDocuments(int n) {
    return new ReadLimits(n, maxDocumentChars, maxTotalChars, maxNestingDepth, maxAliasExpansion);
  }

  /** The same limits with another document size bound, in characters. */
  public ReadLimits withMaxDocumentChars(int n) {
    return new ReadLimits(maxDocuments, n, maxTotalChars, maxNestingDepth, maxAliasExpansion);
  }

  /** The same limits with another bound on the whole stream, in characters. */
  public ReadLimits withMaxTotalChars(long n) {
    return new ReadLimits(maxDocuments, maxDocumentChars, n, maxNestingDepth, maxAliasExpansion);
  }

  /** The same limits with another nesting bound. */
  public ReadLimits withMaxNestingDepth(int n) {
    return new ReadLimits(maxDocuments, maxDocumentChars, maxTotalChars, n, maxAliasExpansion);
  }

  /** The same limits with another alias expansion bound. */
  public ReadLimits withMaxAliasExpansion(int n) {
    return new ReadLimits(maxDocuments, maxDocumentChars, maxTotalChars, maxNestingDepth, n);
  }
}
