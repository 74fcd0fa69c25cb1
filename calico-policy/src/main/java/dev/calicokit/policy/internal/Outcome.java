package dev.calicokit.policy.internal;

/**
 * What decided one direction.
 *
 * @param reason RULE, END_OF_TIER, PROFILE, NO_PROFILE_MATCHED or NOT_AN_ENDPOINT (the names of the
 *     public Decision.Reason)
 */
public record Outcome(String reason, boolean allows, String tier, String policy, int ruleIndex, String action) {
  public static final Outcome NOT_AN_ENDPOINT = new Outcome("NOT_AN_ENDPOINT", true, null, null, -1, "Allow");
}
