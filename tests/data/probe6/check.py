#!/usr/bin/env python3
"""Check the probe3 gold against its articles: python3 tests/data/probe3/check.py [SET]

SET is a probe folder (default: this one, probe3); its gold is the folder of the same name with
"-gold" (tests/data/probe4/check.py runs this checker on probe4).

For every NNN.txt there must be a NNN.json in SET-gold that parses and has every key of
../../../../shared/corpus/ANNOTATION.md (file, names, quotes, credits, anonymous, notes). Then:
- quotes: the gold lists exactly the spans in « », ‹ ›, “ ” or " " marks (pairs on one line),
  in order, and each `quote` is that span's opening text (the whole span when short);
  speech=false entries have attributed/speaker/cue null; speech=true entries have a boolean
  `attributed`, and attributed ones a speaker and a cue whose parts (split on " ... ") occur in the text;
- names: every form occurs as a whole word (clitics و ف ب ل ك allowed) exactly `count` times;
- credits and anonymous phrases occur verbatim.
Prints one line per problem and exits 1 if there is any.
"""
import json
import os
import re
import sys

HERE = os.path.abspath(sys.argv[1]).rstrip(os.sep) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
GOLD = HERE + "-gold"
KEYS = {"file", "names", "quotes", "credits", "anonymous", "notes"}
PAIRS = [("«", "»"), ("‹", "›")]
TWO_SIDED = ('"', "“”")
KINDS = {"dateline", "credit-line", "byline", "outlet-tag", "in-text-agency"}


def spans(text):
    """(start, end) character spans of quotations, end exclusive, sorted."""
    out = []
    for o, c in PAIRS:
        for m in re.finditer(re.escape(o) + "[^" + re.escape(o + c) + "\n]{1,600}" + re.escape(c), text):
            out.append((m.start(), m.end()))
    for line in re.finditer(r"[^\n]+", text):
        for kind in TWO_SIDED:
            marks = [line.start() + i for i, ch in enumerate(line.group()) if ch in kind]
            out.extend((a, b + 1) for a, b in zip(marks[0::2], marks[1::2]))
    return sorted(out)


def mentions(text, form):
    pat = r"(?<![\w\u0640])(?:و|ف|ب|ل|ك|وب|ول|فب|فل)?(" + re.escape(form) + r")(?![\w\u0640])"
    return len(re.findall(pat, text))


def check(name):
    problems = []
    text = open(os.path.join(HERE, name + ".txt"), encoding="utf-8").read()
    try:
        gold = json.load(open(os.path.join(GOLD, name + ".json"), encoding="utf-8"))
    except (OSError, ValueError) as e:
        return [f"{name}: gold unreadable: {e}"]
    if set(gold) != KEYS:
        problems.append(f"keys {sorted(set(gold) ^ KEYS)}")
    if gold.get("file") != name + ".txt":
        problems.append(f"file field {gold.get('file')!r}")
    found = spans(text)
    quotes = gold.get("quotes", [])
    if len(found) != len(quotes):
        problems.append(f"{len(quotes)} gold quotes, {len(found)} quoted spans in the text")
    for i, ((a, b), q) in enumerate(zip(found, quotes)):
        span = text[a:b]
        if not span.startswith(q["quote"]) or len(q["quote"]) < min(len(span), 20):
            problems.append(f"quote {i}: {q['quote']!r} does not open span {span[:40]!r}")
        if q["speech"] is False:
            if any(q[k] is not None for k in ("attributed", "speaker", "cue")):
                problems.append(f"quote {i}: not speech but attributed/speaker/cue set")
        elif q["speech"] is True:
            if q["attributed"] is True:
                if not q["speaker"] or not q["cue"]:
                    problems.append(f"quote {i}: attributed without speaker or cue")
                else:
                    for part in q["cue"].split(" ... "):
                        if part not in text:
                            problems.append(f"quote {i}: cue part not in text: {part!r}")
            elif q["attributed"] is False:
                if q["speaker"] is not None or q["cue"] is not None:
                    problems.append(f"quote {i}: unattributed but speaker/cue set")
            else:
                problems.append(f"quote {i}: attributed must be true or false")
            if text.find(q["quote"]) != a:
                problems.append(f"quote {i}: first occurrence of {q['quote']!r} is not this span")
        else:
            problems.append(f"quote {i}: speech must be true or false")
    for e in gold.get("names", []):
        if e.get("kind") not in ("person", "place", "org"):
            problems.append(f"name {e.get('entity')}: kind {e.get('kind')!r}")
        if sum(e["forms"].values()) < 2:
            problems.append(f"name {e['entity']}: fewer than two mentions")
        for form, n in e["forms"].items():
            got = mentions(text, form)
            if got != n:
                problems.append(f"name {e['entity']}: {form!r} gold {n}, text {got}")
    for c in gold.get("credits", []):
        if c["text"] not in text:
            problems.append(f"credit not in text: {c['text']!r}")
        if c["kind"] not in KINDS or c["where"] not in ("start", "end", "body"):
            problems.append(f"credit {c['text']!r}: kind/where {c['kind']!r}/{c['where']!r}")
    for a in gold.get("anonymous", []):
        if a not in text:
            problems.append(f"anonymous phrase not in text: {a!r}")
    return [f"{name}: {p}" for p in problems]


def main():
    names = sorted(f[:-4] for f in os.listdir(HERE) if re.fullmatch(r"\d{3}\.txt", f))
    problems = [p for n in names for p in check(n)]
    for p in problems:
        print(p)
    print(f"{len(names)} articles, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
