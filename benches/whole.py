#!/usr/bin/env python3
"""Whole-process measurements of `isnad check` (issue 14, items 4 and 5), under `/usr/bin/time -v`:

    python3 benches/whole.py                 # both cases, 3 runs each, medians
    python3 benches/whole.py --only big      # the 5 MB file only
    python3 benches/whole.py --only folder --runs 1 --mib 100
    python3 benches/whole.py --only folder --jobs 1   # the folder on one thread, to compare

- big: `isnad check BIG` on `fixtures.big()` (the dev articles joined and repeated to 5 MiB):
  wall time and maximum RSS. Target: <= 150 ms, <= 60 MB.
- folder: `isnad check DIR` on `fixtures.folder()` (the dev corpus copied into DIR until 100 MiB):
  wall time, user + sys CPU time, cores used = (user + sys) / wall, maximum RSS. Target: both cores
  used (about 2.0 on this 2-core machine), <= 100 MB. `isnad check` uses one thread per core
  unless `--jobs N` is given. Cores used only means something on an idle machine: compare the
  load average printed first with the number of cores.

The fixtures are built in a temporary folder and removed at the end. Output goes to /dev/null; the
exit status of `isnad check` (1 when findings are reported) is not an error here. Prints the median
of `--runs` runs of each figure next to the issue's target. Linux only (GNU time's `-v` format).
The in-process throughput (MB/s on one core over the dev articles one by one) is divan's
`corpus_articles` in `benches/analysis.rs`: `cargo bench --bench analysis -- corpus_articles`.
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in benches/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fixtures  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
TIME = "/usr/bin/time"


def timed(argv):
    """Runs `argv` under GNU time -v; returns (wall s, user s, sys s, max RSS KiB, exit status)."""
    r = subprocess.run([TIME, "-v"] + argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = r.stderr

    def field(name):
        m = re.search(r"^\s*" + re.escape(name) + r":\s*(.+)$", err, re.M)
        if not m:
            raise RuntimeError(f"no '{name}' in the output of time -v:\n{err[-2000:]}")
        return m.group(1).strip()

    wall = 0.0
    for part in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":"):
        wall = wall * 60 + float(part)
    status = int(field("Exit status"))
    if status not in (0, 1):
        raise RuntimeError(f"{argv} exited with {status}:\n{err[-2000:]}")
    return (wall, float(field("User time (seconds)")), float(field("System time (seconds)")),
            int(field("Maximum resident set size (kbytes)")), status)


def median_runs(argv, runs):
    rows = [timed(argv) for _ in range(runs)]
    return [statistics.median(col) for col in zip(*rows)][:4]


def verdict(ok):
    return "ok" if ok else "NOT MET"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--isnad", default=os.path.join(ROOT, "target", "release", "isnad"))
    ap.add_argument("--only", choices=["big", "folder"])
    ap.add_argument("--runs", type=int, default=3, help="runs per case; medians are printed (default 3)")
    ap.add_argument("--mib", type=int, default=fixtures.FOLDER_MIB, help="folder size (default 100)")
    ap.add_argument("--corpus", help="the dev corpus folder (default ../shared/corpus/dev)")
    ap.add_argument("--jobs", type=int, help="passed to isnad check as -j N (default: one thread per core)")
    a = ap.parse_args()
    if not os.access(a.isnad, os.X_OK):
        sys.exit(f"whole: no isnad binary at {a.isnad} (cargo build --release)")
    if not os.access(TIME, os.X_OK):
        sys.exit(f"whole: {TIME} (GNU time) is needed")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; medians of {a.runs} run(s)")
    tmp = tempfile.mkdtemp(prefix="isnad-whole-")
    try:
        if a.only in (None, "big"):
            path = os.path.join(tmp, "big.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(fixtures.big(a.corpus))
            size = os.path.getsize(path)
            wall, user, sys_, rss = median_runs([a.isnad, "check", path], a.runs)
            print(f"5 MB file ({size} bytes): wall {wall * 1000:.0f} ms (target <= 150 ms: {verdict(wall <= 0.150)}), "
                  f"CPU {(user + sys_) * 1000:.0f} ms, max RSS {rss / 1024:.1f} MB (target <= 60 MB: "
                  f"{verdict(rss <= 60 * 1024)}), {rss * 1024 / size:.1f} bytes of memory per byte of text")
        if a.only in (None, "folder"):
            d = os.path.join(tmp, "folder")
            files, size = fixtures.folder(d, a.corpus, a.mib)
            jobs = ["-j", str(a.jobs)] if a.jobs else []
            wall, user, sys_, rss = median_runs([a.isnad, "check"] + jobs + [d], a.runs)
            cores = (user + sys_) / wall if wall else 0.0
            print(f"{a.mib} MiB folder ({files} files, {size} bytes): wall {wall:.2f} s, user+sys {user + sys_:.2f} s, "
                  f"cores used {cores:.2f} (target: both cores, ~{os.cpu_count()}: {verdict(cores >= 1.7)}), "
                  f"{size / wall / 1e6:.1f} MB/s, max RSS {rss / 1024:.1f} MB (target <= 100 MB: "
                  f"{verdict(rss <= 100 * 1024)})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
