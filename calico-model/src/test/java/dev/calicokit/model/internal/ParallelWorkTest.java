package dev.calicokit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calicokit.model.io.ResourceReadException;
import dev.calicokit.model.manifest.Manifest;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link ParallelWork} gives one thread's results and one thread's failure, however the work is spread. */
class ParallelWorkTest {
  @Test
  void resultsComeInTheItemsOrder() {
    List<Integer> items = IntStream.range(0, 1000).boxed().collect(Collectors.toList());
    assertThat(ParallelWork.map(items, true, i -> i * 2))
        .isEqualTo(items.stream().map(i -> i * 2).collect(Collectors.toList()));
  }

  @Test
  void theFirstFailingItemsExceptionIsThrownAsItWas() {
    List<Integer> items = IntStream.range(0, 200).boxed().collect(Collectors.toList());
    for (int run = 0; run < 20; run++) {
      assertThatThrownBy(() -> ParallelWork.map(items, true, i -> {
        if (i % 50 == 7) {
          throw new IllegalStateException("item " + i);
        }
        return i;
      })).isExactlyInstanceOf(IllegalStateException.class).hasMessage("item 7");
    }
  }

  @Test
  void withoutParallelEverythingRunsOnTheCallersThread() {
    Thread caller = Thread.currentThread();
    assertThat(ParallelWork.map(List.of(1, 2, 3), false, i -> Thread.currentThread())).containsOnly(caller);
  }

  @Test
  void aLargeManifestWithTwoBadDocumentsNamesTheFirstAsOneThreadWould() {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < 600; i++) {
      // documents 150 and 300 give text where ConfigMap data needs it, the rest are fine
      String value = i == 150 || i == 300 ? "true" : "'v" + i + "'";
      yaml.append("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm").append(i).append("\ndata:\n  k: ")
          .append(value).append("\n---\n");
    }
    assertThat(yaml.length()).isGreaterThan(ParallelWork.FROM_CHARACTERS);
    for (int run = 0; run < 5; run++) {
      assertThatThrownBy(() -> Manifest.read(yaml.toString()))
          .isInstanceOfSatisfying(ResourceReadException.class, e -> assertThat(e.getMessage()).contains("cm150"));
    }
    assertThat(Manifest.read(yaml.toString().replace("k: true", "k: 'true'")).documents()).hasSize(600);
  }
}
