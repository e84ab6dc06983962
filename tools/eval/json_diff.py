#!/usr/bin/env python3
"""Files whose `isnad check --format json` or `isnad report --format json` output differs between two
binaries: the proof that a change meant to keep every answer (a speed-up, a refactor) kept them.

usage: python3 tools/eval/json_diff.py OLD NEW [SET...]   (default: every set, held-out ones included:
only file names are printed, never their contents)"""
import subprocess, sys
from concurrent.futures import ThreadPoolExecutor
import sets as S

old, new = sys.argv[1], sys.argv[2]
names = S.expand(sys.argv[3:]) or S.read() + S.held()
paths = [p for n in names for p, _ in S.articles(n)]


def run(p):
    r = []
    for b in (old, new):
        a = subprocess.run([b, 'check', '--format', 'json', p], capture_output=True).stdout
        c = subprocess.run([b, 'report', '--format', 'json', p], capture_output=True).stdout
        r.append((a, c))
    return p, r[0][0] != r[1][0], r[0][1] != r[1][1]


n = 0
with ThreadPoolExecutor(4) as ex:
    for p, dc, dr in ex.map(run, paths):
        if dc or dr:
            n += 1
            print(('check ' if dc else '') + ('report ' if dr else ''), p)
print(f'{n} files differ of {len(paths)}')
