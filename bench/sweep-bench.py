#!/usr/bin/env python3
"""Sweep benchmark: netaudit against onesixtyone -w 0, braa and the lab's C reference sweeper.

The tool java-floor is bench/MinimalSweep.java: the same fast sweep by a JVM doing nothing else
(no command line, catalogue, identification or report), which shows how much of netaudit's distance
to the C reference is the JVM's own.

Brings up the shared SNMP lab (../shared/lab, loopback only) on each requested net, sweeps EVERY
address of the net with each tool in turn (alternating, RUNS rounds), and prints the median wall
time, devices found vs the lab's ground truth, peak RSS, and the ratios netaudit/C-reference and
netaudit/onesixtyone. All tools get the same timeout (1 s) and retries (1) where they have the knob.

Needs root (the lab and onesixtyone/braa use port 161). Installs onesixtyone and braa from Debian
when missing. Every packet goes to 127.0.0.0/8; the lab refuses anything else.

  sudo bench/sweep-bench.py                       # /16 with 2000 devices, 3 rounds
  sudo bench/sweep-bench.py --sizes 24,20,16 --runs 5
  sudo bench/sweep-bench.py --loss-check        # /16 with 5 % reply loss: devices found, rate honoured
  sudo bench/sweep-bench.py --defaults-check 0,5,20   # /16, netaudit's defaults, lab --loss 0, 5, 20 %
"""
import argparse
import csv
import ipaddress
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SIZES = {"24": ("127.21.0.0/24", 50), "20": ("127.22.0.0/20", 500), "16": ("127.20.0.0/16", 2000)}
IP_RE = re.compile(r"^(127\.\d+\.\d+\.\d+)\b")
ANSWERED = {"RESTRICTED", "REVIEW", "COMPLIANT", "UNIDENTIFIED"}
FLOOR_DIR = os.path.join(tempfile.gettempdir(), "netaudit-bench-floor")


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=True, check=True, **kw)


def ensure_tools(lab):
    missing = [t for t in ("onesixtyone", "braa") if shutil.which(t) is None]
    if missing:
        sh("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq " + " ".join(missing),
           stdout=subprocess.DEVNULL)
    blast = os.path.join(lab, "build", "snmpblast")
    if not os.path.exists(blast):
        blast = os.path.join(tempfile.gettempdir(), "netaudit-bench-snmpblast")
        sh(f"gcc -O2 -o {blast} {os.path.join(lab, 'tools', 'snmpblast.c')}")
    sh(f"cd {ROOT} && ./mvnw -B -q -DskipTests package", stdout=subprocess.DEVNULL)
    # The launcher's first run after a build makes its class-data-sharing archive: not timed.
    sh(f"{ROOT}/netaudit --version", stdout=subprocess.DEVNULL)
    sh(f"javac -d {FLOOR_DIR} {os.path.join(HERE, 'MinimalSweep.java')}")
    return blast


def parse_netaudit(path):
    found = set()
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["status"] in ANSWERED:
                found.add(row["address"])
    return found


def parse_161(text):
    return {m.group(1) for m in (re.match(r"^(127\.\d+\.\d+\.\d+) \[(.*?)\] (.+)$", l) for l in text.splitlines()) if m}


def parse_braa(text):
    out = set()
    for line in text.splitlines():
        parts = line.split(":", 3)
        if len(parts) == 4 and IP_RE.match(parts[0]) and parts[1].endswith("ms"):
            out.add(parts[0])
    return out


def parse_ipfirst(text):
    return {m.group(1) for m in (IP_RE.match(l) for l in text.splitlines()) if m}


def timed(cmd, timeout):
    """Runs cmd under /usr/bin/time -v; returns (wall seconds, stdout, peak RSS MB)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        start = time.monotonic()
        p = subprocess.run(f"/usr/bin/time -v -o {tf.name} {cmd}", shell=True, stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, timeout=timeout, text=True, errors="replace")
        wall = time.monotonic() - start
        rss = 0.0
        for line in open(tf.name):
            if "Maximum resident set size" in line:
                rss = int(line.split(":")[1]) / 1024.0
        return wall, p.stdout, rss, p.returncode


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="16")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tools", default="netaudit,netaudit-inventory,netaudit-default,onesixtyone-w0,braa,snmpblast")
    ap.add_argument("--loss-check", action="store_true",
                    help="instead: /16 with --loss 5, netaudit with its default retries at --rate 20000; prints "
                         "devices found and the packet rate the lab counted")
    ap.add_argument("--defaults-check", metavar="LOSSES",
                    help="instead: /16 swept with netaudit's defaults (adaptive retries, default rate), once per "
                         "lab --loss percentage in this comma-separated list; prints time, packets per address, "
                         "devices found, peak RSS and the retries decision")
    ap.add_argument("--lab", default=os.path.join(ROOT, "..", "shared", "lab"))
    ap.add_argument("--lab-args", default="")
    ap.add_argument("--netaudit-args", default="", help="extra netaudit scan flags")
    args = ap.parse_args()
    if os.geteuid() != 0:
        sys.exit("sweep-bench: needs root (the lab and onesixtyone use port 161)")
    lab = os.path.abspath(args.lab)
    blast = ensure_tools(lab)
    work = tempfile.mkdtemp(prefix="netaudit-bench-")
    comm = os.path.join(work, "communities.txt")
    open(comm, "w").write("public\n")
    tools = args.tools.split(",")
    if args.defaults_check:
        for loss in args.defaults_check.split(","):
            defaults_check(lab, work, float(loss), args.lab_args)
        shutil.rmtree(work, ignore_errors=True)
        return
    if args.loss_check:
        loss_check(lab, work)
        shutil.rmtree(work, ignore_errors=True)
        return
    print(f"# sweep-bench {time.strftime('%Y-%m-%d %H:%M')} on {os.cpu_count()} cores; runs={args.runs}; "
          f"timeout 1 s, retries 1")
    for size in args.sizes.split(","):
        net, devices = SIZES[size]
        state = os.path.join(work, f"lab{size}")
        sh(f"{lab}/lab-up --net {net} --devices {devices} --seed 1 --state-dir {state} {args.lab_args}",
           stdout=subprocess.DEVNULL)
        try:
            truth = {l.strip() for l in open(os.path.join(state, "hosts.txt")) if l.strip()}
            hosts = [str(a) for a in ipaddress.ip_network(net)]
            sweep = os.path.join(work, f"sweep{size}.txt")
            open(sweep, "w").write("\n".join(hosts) + "\n")
            first, last = hosts[1], hosts[-2]
            report = os.path.join(work, "r.csv")
            na = (f"{ROOT}/netaudit scan -q --fail-on never -o {report} --timeout 1s --retries 1 "
                  f"--rate 100000")
            cmds = {
                "netaudit": (na + f" --depth system --no-engine-id-probe {args.netaudit_args} {net}", "na"),
                "netaudit-inventory": (na + f" --depth inventory --no-engine-id-probe {args.netaudit_args} {net}",
                                       "na"),
                "netaudit-default": (na + f" {args.netaudit_args} {net}", "na"),
                "onesixtyone-w0": (f"onesixtyone -c {comm} -i {sweep} -w 0", parse_161),
                "braa": (f"braa -t 1 -r 1 public@{first}-{last}:161:.1.3.6.1.2.1.1.1.0", parse_braa),
                "snmpblast": (f"{blast} -f {sweep} -w 65536 -P 100000 -t 1000 -r 1", parse_ipfirst),
                "java-floor": (f"java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp {FLOOR_DIR} "
                               f"MinimalSweep {sweep} 161 100000 1000 1", parse_ipfirst),
            }
            results = {t: [] for t in tools}
            for r in range(args.runs):
                for t in tools:
                    cmd, parser = cmds[t]
                    wall, out, rss, rc = timed(cmd, 600)
                    found = parse_netaudit(report) if parser == "na" else parser(out)
                    results[t].append((wall, len(found & truth), len(found - truth), rss, rc))
            print(f"\n## /{size}: {net}, {len(truth)} devices, {len(hosts)} addresses")
            print("| tool | median wall s | runs (s) | found | false | peak RSS MB |")
            print("|---|---:|---|---:|---:|---:|")
            med = {}
            for t in tools:
                walls = [x[0] for x in results[t]]
                med[t] = statistics.median(walls)
                found = min(x[1] for x in results[t])
                false = max(x[2] for x in results[t])
                rss = max(x[3] for x in results[t])
                print(f"| {t} | {med[t]:.2f} | {', '.join(f'{w:.2f}' for w in walls)} | {found}/{len(truth)} | "
                      f"{false} | {rss:.0f} |")
            if "java-floor" in med and "snmpblast" in med:
                print(f"ratio java-floor/snmpblast: {med['java-floor'] / med['snmpblast']:.2f}")
            if "netaudit" in med:
                for ref in ("snmpblast", "onesixtyone-w0", "java-floor"):
                    if ref in med:
                        print(f"ratio netaudit/{ref}: {med['netaudit'] / med[ref]:.2f}")
                if "netaudit-inventory" in med:
                    print(f"ratio inventory/system depth: {med['netaudit-inventory'] / med['netaudit']:.2f}")
                if "netaudit-default" in med:
                    print(f"default depth and probes add {med['netaudit-default'] - med['netaudit']:.2f} s")
        finally:
            sh(f"{lab}/lab-down --state-dir {state}", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(work, ignore_errors=True)


def defaults_check(lab, work, loss, lab_args):
    """One /16 sweep with netaudit's defaults against the lab dropping loss % of replies."""
    net, devices = SIZES["16"]
    state = os.path.join(work, f"labdefaults{loss:g}")
    sh(f"{lab}/lab-up --net {net} --devices {devices} --seed 1 --loss {loss:g} --state-dir {state} {lab_args}",
       stdout=subprocess.DEVNULL)
    report = os.path.join(work, "defaults.csv")
    try:
        truth = {l.strip() for l in open(os.path.join(state, "hosts.txt")) if l.strip()}
        with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
            start = time.monotonic()
            p = subprocess.run(f"/usr/bin/time -f %M -o {tf.name} {ROOT}/netaudit scan --fail-on never "
                               f"-o {report} {net}", shell=True, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
            wall = time.monotonic() - start
            rss = int(tf.read().strip().splitlines()[-1]) / 1024
        summary = p.stderr
    finally:
        sh(f"{lab}/lab-down --state-dir {state}", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    found = parse_netaudit(report) & truth
    addresses = ipaddress.ip_network(net).num_addresses
    m = re.search(r", ([0-9.]+) s, ([0-9]+) packets sent", summary)
    sweep, sent = float(m.group(1)), int(m.group(2))
    missed = sorted(truth - found, key=ipaddress.ip_address)
    print(f"\n## defaults: {net}, {devices} devices (lab {lab_args or 'defaults'}), lab --loss {loss:g}")
    print(f"found {len(found)}/{len(truth)}; {sent} packets = {sent / addresses:.2f} per address; "
          f"{sweep:.1f} s sweep, {wall:.1f} s wall; peak RSS {rss:.0f} MB"
          + (f"; missed {' '.join(missed[:10])}" if missed else ""))
    print("\n".join(l for l in summary.splitlines() if "retries" in l or "packets sent" in l))


def loss_check(lab, work, rate=20000):
    """One /16 sweep with 5 % reply loss and the default retries, counted by the lab itself."""
    net, devices = SIZES["16"]
    state = os.path.join(work, "labloss")
    sh(f"{lab}/lab-up --net {net} --devices {devices} --seed 1 --loss 5 --state-dir {state}", stdout=subprocess.DEVNULL)
    report = os.path.join(work, "loss.csv")
    try:
        truth = {l.strip() for l in open(os.path.join(state, "hosts.txt")) if l.strip()}
        start = time.monotonic()
        p = subprocess.run(f"{ROOT}/netaudit scan --fail-on never -o {report} --rate {rate} {net}", shell=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall = time.monotonic() - start
        summary = p.stderr
    finally:
        sh(f"{lab}/lab-down --state-dir {state}", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    found = parse_netaudit(report) & truth
    counters = {}
    for line in open(os.path.join(state, "responder.log")):
        if "exiting:" in line:
            import json
            counters = json.loads(line.split("exiting:", 1)[1])
    sweep = float(re.search(r", ([0-9.]+) s, ([0-9]+) packets sent", summary).group(1))
    sent = int(re.search(r", ([0-9.]+) s, ([0-9]+) packets sent", summary).group(2))
    print(f"\n## loss check: {net}, {devices} devices, lab --loss 5, netaudit default retries, --rate {rate}")
    print(f"found {len(found)}/{len(truth)}; netaudit sent {sent} packets in a {sweep:.1f} s sweep "
          f"({wall:.1f} s wall); the lab received {counters.get('rx')} datagrams "
          f"(= {counters.get('rx', 0) / sweep:.0f}/s over the sweep, limit {rate}/s), dropped "
          f"{counters.get('dropped_loss')} replies as loss")
    print(summary.strip())


if __name__ == "__main__":
    main()
