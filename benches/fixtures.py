#!/usr/bin/env python3
"""The fixed fixtures of the performance issue (issue 14, item 5), built from the dev corpus at
run time; no corpus text is committed.

    python3 benches/fixtures.py draft  OUT.md     # the 5,000-word draft (LSP benchmarks)
    python3 benches/fixtures.py big    OUT.txt    # the 5 MB file (whole-process `isnad check`)
    python3 benches/fixtures.py folder OUT_DIR    # the 100 MB folder (parallel `isnad check`)

- The corpus is `../shared/corpus/dev/*.txt` beside the repository (override with `--corpus DIR`
  or `ISNAD_CORPUS`), read in file-name order, each article stripped of surrounding white space.
- draft: whole articles joined with one blank line ("\\n\\n") until the draft has at least 5,000
  words (words = runs of non-white-space, like Rust's `split_whitespace`); ends with "\\n".
- big: the articles joined with blank lines, over and over, until at least 5 MiB (5,242,880 bytes);
  whole articles only; ends with "\\n".
- folder: the dev corpus files copied as they are into OUT_DIR/copy-NNN/ until the folder holds
  at least 100 MiB (`--mib N` to change); OUT_DIR must not exist or be empty.

Each command prints one line on stderr: what it wrote (words, bytes, files). The functions are
imported by `benches/peers.py` and `benches/whole.py`.
"""

import argparse
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "corpus", "dev"))

DRAFT_WORDS = 5_000
BIG_BYTES = 5 * 1024 * 1024
FOLDER_MIB = 100


def corpus_dir(arg=None):
    """The dev corpus folder: `arg`, else $ISNAD_CORPUS, else ../shared/corpus/dev."""
    d = arg or os.environ.get("ISNAD_CORPUS") or DEFAULT_CORPUS
    if not os.path.isdir(d):
        sys.exit(f"fixtures: no corpus folder at {d} (set --corpus or ISNAD_CORPUS)")
    return d


def article_paths(corpus=None):
    """The `.txt` files of the corpus, sorted by file name."""
    d = corpus_dir(corpus)
    names = sorted(n for n in os.listdir(d) if n.endswith(".txt"))
    if not names:
        sys.exit(f"fixtures: no .txt article in {d}")
    return [os.path.join(d, n) for n in names]


def articles(corpus=None):
    """The articles' texts (UTF-8), stripped, in file-name order; empty ones skipped."""
    out = []
    for p in article_paths(corpus):
        with open(p, encoding="utf-8") as f:
            t = f.read().strip()
        if t:
            out.append(t)
    return out


def draft(corpus=None, words=DRAFT_WORDS):
    """The N-word draft: whole articles joined with blank lines until >= `words` words."""
    parts, n = [], 0
    for a in articles(corpus):
        if n >= words:
            break
        parts.append(a)
        n += len(a.split())
    if n < words:
        sys.exit(f"fixtures: the corpus has only {n} words (< {words})")
    return "\n\n".join(parts) + "\n"


def big(corpus=None, size=BIG_BYTES):
    """All articles joined with blank lines, repeated, until >= `size` UTF-8 bytes."""
    arts = [a.encode("utf-8") for a in articles(corpus)]
    parts, n = [], 0
    while n < size:
        for a in arts:
            if n >= size:
                break
            parts.append(a)
            n += len(a) + 2
    return (b"\n\n".join(parts) + b"\n").decode("utf-8")


def folder(out, corpus=None, mib=FOLDER_MIB):
    """Copies the corpus files into out/copy-NNN/ until >= `mib` MiB; returns (files, bytes)."""
    if os.path.exists(out) and os.listdir(out):
        sys.exit(f"fixtures: {out} exists and is not empty")
    paths = article_paths(corpus)
    target = mib * 1024 * 1024
    files = total = copy = 0
    while total < target:
        d = os.path.join(out, f"copy-{copy:03}")
        os.makedirs(d, exist_ok=True)
        for p in paths:
            shutil.copyfile(p, os.path.join(d, os.path.basename(p)))
            total += os.path.getsize(p)
            files += 1
        copy += 1
    return files, total


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["draft", "big", "folder"])
    ap.add_argument("out", help="output file (draft, big) or folder (folder); '-' = stdout for draft/big")
    ap.add_argument("--corpus", help="the dev corpus folder (default ../shared/corpus/dev)")
    ap.add_argument("--mib", type=int, default=FOLDER_MIB, help="folder size in MiB (default 100)")
    a = ap.parse_args()
    if a.what == "folder":
        files, total = folder(a.out, a.corpus, a.mib)
        print(f"folder {a.out}: {files} files, {total} bytes", file=sys.stderr)
        return
    text = draft(a.corpus) if a.what == "draft" else big(a.corpus)
    data = text.encode("utf-8")
    if a.out == "-":
        sys.stdout.buffer.write(data)
    else:
        with open(a.out, "wb") as f:
            f.write(data)
    print(f"{a.what} {a.out}: {len(text.split())} words, {len(data)} bytes, "
          f"{text.count(chr(10))} lines", file=sys.stderr)


if __name__ == "__main__":
    main()
