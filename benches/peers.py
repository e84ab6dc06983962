#!/usr/bin/env python3
"""Side-by-side language-server benchmark (issue 14, item 6): `isnad lsp` against `typos-lsp`
over stdio, on the same draft and the same edits, alternating A B A B. Not part of CI.

    python3 benches/peers.py                       # target/release/isnad vs typos-lsp on PATH
    python3 benches/peers.py --rounds 5 --edits 40 --words 5000
    python3 benches/peers.py --isnad PATH --typos PATH --json OUT.json

Install the peer with `cargo install typos-lsp --locked --version 0.1.57` (the issue's figures
are for that version). When it cannot be found, the peer is skipped with a message and only
isnad is measured (no ratio).

The draft is `fixtures.draft()`: the dev articles in file-name order joined with blank lines until
5,000 words (5,264 words, 57 KB with the corpus of 2026-12). It is written to a temporary folder
and opened by its file URI (`languageId` markdown); no `rootUri`, so no workspace is indexed.

One round per server: spawn, `initialize` (UTF-16 positions; isnad gets `{"debounceMs": 0}` as
initializationOptions and as the answer to `workspace/configuration`), `initialized`, `didOpen`
version 1 and the time until the first `publishDiagnostics` for the URI (open -> first publish);
then `--edits` incremental `didChange`s, each inserting one letter (ب) at the end of the middle
line (the first non-empty line at or after the middle of the draft; the position moves by one
UTF-16 unit per edit), each waiting for the `publishDiagnostics` of that version (a publish
without a version is accepted as the answer to the last change: typos-lsp 0.1.57 sends versions
but older ones did not) (keystroke -> publish); then the server's peak resident memory (`VmHWM`
of /proc/PID/status), `shutdown` and `exit`. Rounds alternate isnad, typos, isnad, typos ...
Times are wall clock on the client side (time.perf_counter), so they include the pipe round trip.

Prints, per server: keystroke -> publish median and p90 over every edit of every round, open ->
first publish median over rounds, peak RSS (largest of the rounds), diagnostics in the first
publish, and the server's voluntary context switches per keystroke (every thread, from
/proc/PID/task/*/status, median over rounds: how many times its threads slept and were woken,
a figure the machine's load does not change); then the ratio isnad/typos of the keystroke
medians and the issue's targets. On a loaded machine, run the script under `chrt -f 10`
(root; the servers inherit it) so the builds of others do not decide the wall-clock figures.
"""

import argparse
import json
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in benches/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fixtures  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
TIMEOUT = 30.0


class Server:
    """A language server over stdio: framed JSON-RPC, server requests answered on the way."""

    def __init__(self, argv, settings):
        self.p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL)
        self.buf = b""
        self.next_id = 0
        self.settings = settings

    def send(self, msg):
        body = json.dumps(msg, ensure_ascii=False).encode("utf-8")
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.p.stdin.flush()

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def _frame(self):
        """One framed message from the buffer, or None when it is incomplete."""
        end = self.buf.find(b"\r\n\r\n")
        if end < 0:
            return None
        length = None
        for line in self.buf[:end].split(b"\r\n"):
            k, _, v = line.partition(b":")
            if k.strip().lower() == b"content-length":
                length = int(v.strip())
        if length is None:
            raise RuntimeError(f"no Content-Length in {self.buf[:end]!r}")
        if len(self.buf) < end + 4 + length:
            return None
        body = self.buf[end + 4:end + 4 + length]
        self.buf = self.buf[end + 4 + length:]
        return json.loads(body)

    def recv(self):
        """The next message that is not a server request (those are answered here)."""
        fd = self.p.stdout.fileno()
        deadline = time.monotonic() + TIMEOUT
        while True:
            m = self._frame()
            if m is not None:
                if "method" in m and "id" in m:
                    self._answer(m)
                    continue
                return m
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError("no message from the server in %.0f s" % TIMEOUT)
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                raise EOFError("the server closed its output")
            self.buf += chunk

    def _answer(self, m):
        if m["method"] == "workspace/configuration":
            n = len(m.get("params", {}).get("items", [None]))
            result = [self.settings] * n
        else:
            result = None
        self.send({"jsonrpc": "2.0", "id": m["id"], "result": result})

    def call(self, method, params):
        self.next_id += 1
        i = self.next_id
        self.send({"jsonrpc": "2.0", "id": i, "method": method, "params": params})
        while True:
            m = self.recv()
            if m.get("id") == i:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result")

    def wait_publish(self, uri, version):
        """The first publishDiagnostics for `uri` with `version` (or with no version)."""
        while True:
            m = self.recv()
            if m.get("method") != "textDocument/publishDiagnostics":
                continue
            p = m["params"]
            if p.get("uri") != uri:
                continue
            if p.get("version") is None or p["version"] == version:
                return p

    def context_switches(self):
        """Voluntary context switches of every thread of the server so far (/proc), or None."""
        total = 0
        try:
            for task in os.listdir(f"/proc/{self.p.pid}/task"):
                with open(f"/proc/{self.p.pid}/task/{task}/status") as f:
                    for line in f:
                        if line.startswith("voluntary_ctxt_switches:"):
                            total += int(line.split()[1])
        except OSError:
            return None
        return total

    def peak_rss_kib(self):
        try:
            with open(f"/proc/{self.p.pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return None

    def close(self):
        try:
            self.call("shutdown", None)
            self.notify("exit", None)
            self.p.stdin.close()
            self.p.wait(timeout=10)
        except Exception:
            self.p.kill()
            self.p.wait()


def middle_line(text):
    """(line index, UTF-16 length) of the first non-empty line at or after the middle."""
    lines = text.split("\n")
    for i in range(len(lines) // 2, len(lines)):
        if lines[i].strip():
            return i, len(lines[i].encode("utf-16-le")) // 2
    raise ValueError("no non-empty line in the second half of the draft")


def one_round(argv, settings, options, uri, text, edits):
    """One server's round: (open->first publish s, [keystroke->publish s], peak KiB, diagnostics,
    the server's voluntary context switches per keystroke)."""
    s = Server(argv, settings)
    try:
        s.call("initialize", {
            "processId": os.getpid(), "rootUri": None, "workspaceFolders": None,
            "initializationOptions": options,
            "capabilities": {
                "general": {"positionEncodings": ["utf-16"]},
                "workspace": {"configuration": True},
                "textDocument": {
                    "synchronization": {"dynamicRegistration": False},
                    "publishDiagnostics": {"versionSupport": True, "relatedInformation": True},
                },
            },
        })
        s.notify("initialized", {})
        t0 = time.perf_counter()
        s.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "markdown", "version": 1, "text": text}})
        first = s.wait_publish(uri, 1)
        opened = time.perf_counter() - t0
        line, col = middle_line(text)
        switches = s.context_switches()
        keys = []
        for k in range(edits):
            version = 2 + k
            pos = {"line": line, "character": col + k}
            t0 = time.perf_counter()
            s.notify("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": {"start": pos, "end": pos}, "text": "ب"}]})
            s.wait_publish(uri, version)
            keys.append(time.perf_counter() - t0)
        after = s.context_switches()
        per_key = (after - switches) / edits if None not in (switches, after) and edits else None
        return opened, keys, s.peak_rss_kib(), len(first.get("diagnostics", [])), per_key
    finally:
        s.close()


def p90(xs):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.9 * (len(xs) - 1))))]


def ms(x):
    return f"{x * 1000:.2f} ms"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--isnad", default=os.path.join(ROOT, "target", "release", "isnad"),
                    help="the isnad binary (default target/release/isnad)")
    ap.add_argument("--typos", default=shutil.which("typos-lsp") or os.path.expanduser("~/.cargo/bin/typos-lsp"),
                    help="the typos-lsp binary (default: on PATH, else ~/.cargo/bin)")
    ap.add_argument("--rounds", type=int, default=5, help="rounds per server (default 5)")
    ap.add_argument("--edits", type=int, default=40, help="insertions per round (default 40)")
    ap.add_argument("--words", type=int, default=fixtures.DRAFT_WORDS, help="draft size (default 5000)")
    ap.add_argument("--corpus", help="the dev corpus folder (default ../shared/corpus/dev)")
    ap.add_argument("--json", help="also write the raw figures to this file")
    a = ap.parse_args()

    if not os.access(a.isnad, os.X_OK):
        sys.exit(f"peers: no isnad binary at {a.isnad} (cargo build --release)")
    servers = [("isnad", [a.isnad, "lsp"], {"debounceMs": 0}, {"debounceMs": 0})]
    if a.typos and os.access(a.typos, os.X_OK):
        # typos-lsp 0.1.57 prints nothing for --version: the label is the name only.
        servers.append(("typos-lsp", [a.typos], {}, None))
    else:
        print("peers: typos-lsp not found (install: cargo install typos-lsp --locked --version 0.1.57);"
              " measuring isnad alone, no ratio", file=sys.stderr)

    text = fixtures.draft(a.corpus, a.words)
    tmp = tempfile.mkdtemp(prefix="isnad-peers-")
    path = os.path.join(tmp, "draft.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    uri = "file://" + path
    line, col = middle_line(text)
    print(f"draft: {len(text.split())} words, {len(text.encode())} bytes; {a.edits} insertions at the "
          f"end of line {line + 1} (column {col}); {a.rounds} rounds per server, alternating; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

    results = {name: {"open": [], "keys": [], "rss": [], "diagnostics": None, "switches": []}
               for name, *_ in servers}
    try:
        for r in range(a.rounds):
            for name, argv, options, settings in servers:
                opened, keys, rss, nd, sw = one_round(argv, settings, options, uri, text, a.edits)
                res = results[name]
                res["open"].append(opened)
                res["keys"].extend(keys)
                res["rss"].append(rss)
                res["diagnostics"] = nd
                if sw is not None:
                    res["switches"].append(sw)
                print(f"  round {r + 1} {name}: open {ms(opened)}, keystroke median {ms(statistics.median(keys))}",
                      file=sys.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"{'server':<18} {'open->1st publish':>18} {'keystroke median':>17} {'p90':>10} {'peak RSS':>10} "
          f"{'diagnostics':>12} {'switches/key':>13}")
    for name, res in results.items():
        rss = max((x for x in res["rss"] if x), default=None)
        sw = f"{statistics.median(res['switches']):.1f}" if res["switches"] else "?"
        print(f"{name:<18} {ms(statistics.median(res['open'])):>18} {ms(statistics.median(res['keys'])):>17} "
              f"{ms(p90(res['keys'])):>10} {(f'{rss / 1024:.1f} MB' if rss else '?'):>10} {res['diagnostics']:>12} "
              f"{sw:>13}")
    isnad = results["isnad"]
    med = statistics.median(isnad["keys"])
    print(f"targets (issue 14): keystroke median <= 1.50 ms -> {ms(med)} "
          f"{'ok' if med <= 0.0015 else 'NOT MET'}; open -> first publish <= 10 ms -> "
          f"{ms(statistics.median(isnad['open']))} {'ok' if statistics.median(isnad['open']) <= 0.010 else 'NOT MET'}")
    if len(servers) > 1:
        peer = results[servers[1][0]]
        ratio = med / statistics.median(peer["keys"])
        print(f"ratio isnad/typos (keystroke medians): {ratio:.2f} (target <= 0.50: {'ok' if ratio <= 0.5 else 'NOT MET'})")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
