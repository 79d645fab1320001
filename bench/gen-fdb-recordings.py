#!/usr/bin/env python3
"""Writes synthetic switch recordings (snmpsim .snmprec) with large forwarding tables, for the endpoint benchmarks.

Each switch: a Cisco system group (sysDescr, sysObjectID 1.3.6.1.4.1.9.1.1208, sysName), 48 ports (ifDescr, ifName,
dot1dBasePortIfIndex), VLAN 10 on FDB 10 (dot1qVlanFdbId) and ENTRIES Q-BRIDGE-MIB dot1qTpFdbTable rows (port, status
learned), spread over the 48 ports. Every MAC of every switch is distinct: switch s, entry i has MAC
OUI:(s * ENTRIES + i) over a cycle of real OUIs (Dell, HP, Cisco, Apple, VMware, Hikvision, ...), so a run over all the
switches holds SWITCHES x ENTRIES endpoint MACs. Deterministic: the same arguments give the same files.

Usage: bench/gen-fdb-recordings.py --out DIR --switches N --entries M
"""
import argparse
import os

# A realistic mix of registrants; the Hikvision one makes a few endpoints REVIEW.
OUIS = ["001422", "3C4A92", "001B54", "F0189E", "005056", "00E04C", "4419B6", "B8AEED"]
SYS = "1.3.6.1.2.1.1."


def mac_arcs(n, ouis):
    oui = ouis[n % len(ouis)]
    low = (n // len(ouis)) & 0xFFFFFF
    octets = bytes.fromhex(oui) + low.to_bytes(3, "big")
    return ".".join(str(b) for b in octets)


def write_switch(path, s, entries):
    lines = [
        f"{SYS}1.0|4|Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E4 (synthetic {s})",
        f"{SYS}2.0|6|1.3.6.1.4.1.9.1.1208",
        f"{SYS}3.0|67|8640000",
        f"{SYS}5.0|4|bench-sw-{s:03d}",
        "1.3.6.1.2.1.17.7.1.4.2.1.3.0.10|2|10",
    ]
    for p in range(1, 49):
        lines.append(f"1.3.6.1.2.1.2.2.1.2.{p}|4|GigabitEthernet1/0/{p}")
        lines.append(f"1.3.6.1.2.1.31.1.1.1.1.{p}|4|Gi1/0/{p}")
        lines.append(f"1.3.6.1.2.1.17.1.4.1.2.{p}|2|{p}")
    base = s * entries
    for i in range(entries):
        arcs = mac_arcs(base + i, OUIS)
        lines.append(f"1.3.6.1.2.1.17.7.1.2.2.1.2.10.{arcs}|2|{1 + i % 48}")
        lines.append(f"1.3.6.1.2.1.17.7.1.2.2.1.3.10.{arcs}|2|3")
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--switches", type=int, default=1)
    ap.add_argument("--entries", type=int, default=100_000)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for s in range(a.switches):
        write_switch(os.path.join(a.out, f"bench-sw-{s:03d}.snmprec"), s, a.entries)
    print(f"{a.out}: {a.switches} switches x {a.entries} forwarding entries = {a.switches * a.entries} MACs")


if __name__ == "__main__":
    main()
