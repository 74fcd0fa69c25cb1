package dev.calicokit.model.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calicokit.model.manifest.DocumentComment.Place;
import org.junit.jupiter.api.Test;

/** A comment is one line at a place that fits its pointer. */
class DocumentCommentTest {
  @Test
  void theHeadAndTheTailHaveNoPointerEveryOtherPlaceHasOne() {
    assertThat(new DocumentComment(Place.HEAD, "", " head").text()).isEqualTo(" head");
    assertThat(new DocumentComment(Place.BEFORE, "/spec/cidr", " the pool").pointer()).isEqualTo("/spec/cidr");
    assertThatThrownBy(() -> new DocumentComment(Place.TAIL, "/spec", " x")).hasMessageContaining("TAIL comment");
    assertThatThrownBy(() -> new DocumentComment(Place.BEFORE, "", " x")).hasMessageContaining("BEFORE comment");
  }

  @Test
  void aPointerIsAJsonPointerAndATextOneLine() {
    assertThatThrownBy(() -> new DocumentComment(Place.END_OF_LINE, "spec/cidr", " x")).hasMessageContaining("'/'");
    assertThatThrownBy(() -> new DocumentComment(Place.HEAD, "", "two\nlines")).hasMessageContaining("one line");
    assertThatThrownBy(() -> new DocumentComment(Place.HEAD, "", "carriage\rreturn")).hasMessageContaining("one line");
  }
}
