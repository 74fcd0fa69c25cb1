package dev.calicokit.policy.internal;

/**
 * A tier: name, order ({@code null}: after every ordered tier, policy_sorter.go TierLess) and default
 * action (Deny unless Pass: rules/endpoints.go drops at the end of a tier unless DefaultAction is Pass).
 */
record TierData(String name, Double order, boolean defaultPass) {}
