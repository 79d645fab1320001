#!/usr/bin/env python3
"""Compares a netaudit report with the shared lab's ground truth (devices.csv).

  bench/lab-check.py STATE_DIR REPORT.csv

Prints, per device kind (profile), what netaudit reported against what the lab says a strict
scanner can see (`sysdescr_obtainable`), then the checks of the acceptance criteria: every device
whose sysDescr is obtainable has the lab's status, no row for an address that is not a device, one
row per address, no row for the wrong-source device, and no cell a spreadsheet would run as a
formula. Exits 1 when a check fails.
"""
import collections
import csv
import sys

STATUS = {"restricted": "RESTRICTED", "review": "REVIEW", "compliant": "COMPLIANT", "unknown": "UNIDENTIFIED"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    state, report = sys.argv[1], sys.argv[2]
    devices = {r["address"]: r for r in csv.DictReader(open(f"{state}/devices.csv", newline="", encoding="utf-8"))}
    rows = list(csv.DictReader(open(report, newline="", encoding="utf-8")))
    failures = []
    counts = collections.Counter(r["address"] for r in rows)
    for address, n in counts.items():
        if n > 1:
            failures.append(f"{address}: {n} rows")
    by_address = {r["address"]: r for r in rows}
    for r in rows:
        if r["address"] not in devices and r["status"] != "NO_RESPONSE":
            failures.append(f"{r['address']}: row with status {r['status']} but no device there")
        for key, value in r.items():
            if value and value.startswith(FORMULA_START):
                failures.append(f"{r['address']}: cell {key} starts a formula: {value[:30]!r}")
    table = collections.defaultdict(collections.Counter)
    for address, d in sorted(devices.items()):
        got = by_address.get(address, {}).get("status", "(no row)")
        table[(d["profile"], d["sysdescr_obtainable"], STATUS[d["expected_status"]])][got] += 1
        if d["sysdescr_obtainable"] == "yes" and got != STATUS[d["expected_status"]]:
            failures.append(f"{address} {d['profile']}: expected {STATUS[d['expected_status']]}, got {got}")
        if d["sysdescr_obtainable"] == "lenient-only" and got not in ("(no row)", "NO_RESPONSE"):
            failures.append(f"{address} {d['profile']}: wrong-source reply attributed ({got})")
    print(f"{'profile':28} {'obtainable':13} {'lab status':13} netaudit")
    for (profile, obtainable, expected), got in sorted(table.items()):
        print(f"{profile:28} {obtainable:13} {expected:13} " + ", ".join(f"{k} x{v}" for k, v in sorted(got.items())))
    print()
    if failures:
        print("FAILED checks:")
        for f in failures:
            print("  " + f)
        sys.exit(1)
    print(f"all checks passed: {len(devices)} lab devices, {len(rows)} report rows")


if __name__ == "__main__":
    main()
