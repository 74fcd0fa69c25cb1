package dev.calicokit.schemas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calicokit.schemas.Finding;
import dev.calicokit.schemas.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Documents judged beside the reading come back in document order, failures at their own document. */
class DocumentChecksTest {
  private static List<Finding> findingOf(int index) {
    return List.of(Finding.builder().document(index).severity(Severity.INFO).rule("test.document")
        .message("document " + index).build());
  }

  @Test
  void findingsComeBackInDocumentOrderWhileAtMostTheLagIsPending() {
    DocumentChecks checks = new DocumentChecks();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    List<Integer> taken = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      while (checks.full()) {
        taken.add(checks.next().index());
      }
      int index = i;
      checks.submit(index, 100, () -> {
        threads.add(Thread.currentThread().getName());
        return findingOf(index);
      });
      assertThat(i + 1 - taken.size()).isLessThanOrEqualTo(DocumentChecks.LAG);
    }
    while (!checks.isEmpty()) {
      DocumentChecks.Checked c = checks.next();
      assertThat(c.findings()).singleElement().satisfies(f -> assertThat(f.document()).isEqualTo(c.index()));
      taken.add(c.index());
    }
    assertThat(taken).hasSize(1_000).isSorted();
    assertThat(taken.get(999)).isEqualTo(999);
    if (DocumentChecks.enabled()) {
      assertThat(threads).hasSizeGreaterThan(1); // some were judged on another thread
    }
  }

  @Test
  void largeDocumentsAreFewInFlight() {
    DocumentChecks checks = new DocumentChecks();
    checks.submit(0, DocumentChecks.LAG_CHARS / 2, List::of);
    assertThat(checks.full()).isFalse();
    checks.submit(1, DocumentChecks.LAG_CHARS / 2, List::of);
    assertThat(checks.full()).isTrue();
    checks.next();
    assertThat(checks.full()).isFalse();
    // One document larger than the bound is judged all the same.
    checks.submit(2, 10 * DocumentChecks.LAG_CHARS, List::of);
    checks.next();
    assertThat(checks.full()).isFalse();
    checks.next();
    assertThat(checks.isEmpty()).isTrue();
  }

  @Test
  void aRuleThatFailsFailsWhenItsDocumentsTurnComes() {
    DocumentChecks checks = new DocumentChecks();
    for (int i = 0; i < 100; i++) {
      int index = i;
      checks.submit(index, 100, () -> {
        if (index == 40) {
          throw new IllegalStateException("a rule failed on document 40");
        }
        return findingOf(index);
      });
    }
    for (int i = 0; i < 40; i++) {
      assertThat(checks.next().index()).isEqualTo(i);
    }
    assertThat(checks.oldest()).isEqualTo(40);
    assertThatThrownBy(checks::next).isInstanceOf(IllegalStateException.class).hasMessage("a rule failed on document 40");
    assertThat(checks.next().index()).isEqualTo(41);
  }

  @Test
  void theFirstDocumentIsJudgedOnTheCallersThread() {
    DocumentChecks checks = new DocumentChecks();
    String caller = Thread.currentThread().getName();
    List<String> ranOn = new ArrayList<>();
    checks.submit(0, 100, () -> {
      ranOn.add(Thread.currentThread().getName());
      return List.of();
    });
    assertThat(ranOn).containsExactly(caller); // judged before submit returned
    assertThat(checks.next().findings()).isEmpty();
    assertThat(checks.isEmpty()).isTrue();
  }
}
