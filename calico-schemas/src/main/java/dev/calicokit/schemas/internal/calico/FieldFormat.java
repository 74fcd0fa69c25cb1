package dev.calicokit.schemas.internal.calico;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.function.Predicate;

/**
 * Calico's named field validators, the names libcalico-go registers with {@code registerFieldValidator}
 * and its Go types' {@code validate:} tags use, each with the expression it applies (evaluated with
 * RE2/J, the engine of Go's regexp) and what a message says was expected. {@link FieldRules} says which
 * field takes which.
 */
enum FieldFormat {
  /** {@code interface}: a Linux interface name, or {@code *} for all. */
  INTERFACE("an interface name of 1 to 15 letters, digits, '_', '.' or '-' (or *)",
      orStar(regex("[a-zA-Z0-9_.-]{1,15}"))),
  /** {@code ignoredInterface}: an interface name that may hold {@code *} wildcards, but not {@code *} alone. */
  IGNORED_INTERFACE("an interface name or pattern of 1 to 15 letters, digits, '_', '.', '-' or '*' (not * alone)",
      notStar(regex("[a-zA-Z0-9_.*-]{1,15}"))),
  /** {@code bgpFilterInterface}: an interface name that may hold {@code *} wildcards. */
  BGP_FILTER_INTERFACE("an interface name or pattern of 1 to 15 letters, digits, '_', '.', '-' or '*'",
      orStar(regex("[a-zA-Z0-9_.*-]{1,15}"))),
  /** {@code ifaceFilter}: an interface name where {@code +} is a wildcard (eth+). */
  IFACE_FILTER("an interface name or prefix of 1 to 15 letters, digits, ':', '.', '_', '+' or '-' (such as eth+)",
      regex("[a-zA-Z0-9:._+-]{1,15}")),
  /** {@code regexp}: a regular expression Go's regexp compiles. */
  REGEXP("a regular expression (Go RE2 syntax)", FieldFormat::compiles),
  /** {@code prometheusHost}: a host name or address of at most 64 characters. */
  PROMETHEUS_HOST("a host name or IP address of 1 to 64 letters, digits, ':', '.', '_', '+' or '-'",
      regex("[a-zA-Z0-9:._+-]{1,64}")),
  /** {@code logLevel}: one of the log levels, capitalized. */
  LOG_LEVEL("one of Trace, Debug, Info, Warning, Error, Fatal (capitalized)",
      regex("Trace|Debug|Info|Warning|Error|Fatal")),
  /** {@code dropAcceptReturn}. */
  DROP_ACCEPT_RETURN("one of Drop, Accept, Return (capitalized)", regex("Drop|Accept|Return")),
  /** {@code acceptReturn}. */
  ACCEPT_RETURN("one of Accept, Return (capitalized)", regex("Accept|Return")),
  /** {@code dropReject}. */
  DROP_REJECT("one of Drop, Reject (capitalized)", regex("Drop|Reject")),
  /** {@code ipv4}: an IPv4 address. */
  IPV4("an IPv4 address", s -> Networks.ip(s).filter(a -> a.is4()).isPresent()),
  /** {@code ipv6}: an IPv6 address. */
  IPV6("an IPv6 address", s -> Networks.ip(s).filter(a -> a.is6()).isPresent()),
  /** {@code name}: a Kubernetes resource name (DNS subdomain). */
  NAME("a name of lower-case letters, digits, '-' and '.' (a DNS subdomain)",
      regex("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*").and(s -> s.length() <= 253)),
  /** {@code createDefaultHostEndpoint}: whether kube-controllers makes a default host endpoint. */
  CREATE_DEFAULT_HOST_ENDPOINT("one of Enabled, Disabled", regex("Enabled|Disabled")),
  /** {@code cidrs} and {@code net}: an IPv4 or IPv6 network, or a bare address for a single-address one. */
  NET("an IPv4 or IPv6 CIDR or address, such as 10.0.0.0/8", s -> Networks.cidrOrIp(s).isPresent()),
  /** {@code required}: the field must be given and not empty. */
  REQUIRED("a value (the field is required)", s -> !s.isEmpty());

  private final String expected;
  private final Predicate<String> test;

  FieldFormat(String expected, Predicate<String> test) {
    this.expected = expected;
    this.test = test;
  }

  /** What the field must hold, for messages. */
  String expected() {
    return expected;
  }

  boolean accepts(String value) {
    return test.test(value);
  }

  /** The rule id of findings from this validator. */
  String rule() {
    return "calico.field." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The whole value matches {@code regex} (Go's validators anchor theirs with ^ and $). */
  private static Predicate<String> regex(String regex) {
    Pattern p = Pattern.compile(regex);
    return s -> p.matcher(s).matches();
  }

  private static Predicate<String> orStar(Predicate<String> p) {
    return s -> s.equals("*") || p.test(s);
  }

  private static Predicate<String> notStar(Predicate<String> p) {
    return s -> !s.equals("*") && p.test(s);
  }

  private static boolean compiles(String s) {
    try {
      Pattern.compile(s);
      return true;
    } catch (PatternSyntaxException e) {
      return false;
    }
  }
}
