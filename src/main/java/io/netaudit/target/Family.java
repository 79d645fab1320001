package io.netaudit.target;

/** Address family of a block; IPv4 and IPv6 addresses never compare equal to each other. */
enum Family {
  IPV4,
  IPV6
}
