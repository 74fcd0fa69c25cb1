package dev.calicokit.builders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link CalicoComments}: the digest. That every comment of every official file is recognised is
 * checked where those files are read anyway, in {@code InferenceTest} (it lists the digests to add).
 */
class CalicoCommentsTest {
  @Test
  void theDigestIsSixteenHexDigitsOfTheTextWithoutSurroundingBlanks() {
    assertThat(CalicoComments.digest(" mine: the proxy of the lab  ")).matches("[0-9a-f]{16}")
        .isEqualTo(CalicoComments.digest("mine: the proxy of the lab"))
        .isNotEqualTo(CalicoComments.digest("mine: the proxy of the lab."));
  }

  @Test
  void aUsersCommentIsNotCalicos() {
    assertThat(CalicoComments.isCalicos(" mine: the proxy of the lab")).isFalse();
    assertThat(CalicoComments.isCalicos(" TODO: raise the MTU after the switch upgrade")).isFalse();
  }
}
