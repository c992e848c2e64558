#!/usr/bin/env python3
"""Checks that every rubric item's "seed" quote is verbatim from the seed reference.

Usage: scripts/check-seed-quotes.py SEED_FILE [TEMPLATE_FILE_OR_DIR ...]

The templates default to the repository's templates/ folder. Each rubric item must have a
non-empty "seed" (templates/README.md, "Checking a template"); the quote must appear in
SEED_FILE once both are normalised:

- markdown emphasis (** and __) is dropped, and a link [text](address) becomes its text;
- the frame of box drawings (U+2500..U+259F, and the arrowheads drawn with them) is
  dropped, so a quote gives the words of a diagram without its borders;
- on each line of the seed, leading heading or quote marks are dropped; a leading list
  marker ("- ", "* ", "+ ", "1. ") may be kept or dropped;
- lines are joined, and every run of white space becomes a single space.

A quote longer than 300 characters is reported as a warning. Prints a summary line and
exits 1 when a quote is missing or not found.
"""

import json
import re
import sys
from pathlib import Path

MAX_QUOTE = 300
BOX = re.compile("[\u2500-\u259f\u25b2\u25b6\u25bc\u25c0]")
EMPHASIS = re.compile(r"\*\*|__")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
LIST_MARKER = re.compile(r"^(?:[-*+]|\d+\.)\s+")
LEADING_MARKS = re.compile(r"^(?:#+|>)\s*")
SPACE = re.compile(r"\s+")


def squeeze(text):
    return SPACE.sub(" ", text).strip()


def plain(text):
    return BOX.sub(" ", LINK.sub(r"\1", EMPHASIS.sub("", text)))


def seed_variants(text):
    """The seed as one line, list markers kept and dropped."""
    kept, dropped = [], []
    for line in text.splitlines():
        line = plain(line).strip()
        line = LEADING_MARKS.sub("", line)
        kept.append(line)
        dropped.append(LIST_MARKER.sub("", line))
    return squeeze(" ".join(kept)), squeeze(" ".join(dropped))


def normalise_quote(quote):
    return squeeze(plain(quote))


def template_files(args, root):
    if not args:
        args = [str(root / "templates")]
    files = []
    for arg in args:
        path = Path(arg)
        files.extend(sorted(path.glob("*.json")) if path.is_dir() else [path])
    return files


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    seed = seed_variants(Path(argv[1]).read_text(encoding="utf-8"))
    root = Path(__file__).resolve().parent.parent
    checked = found = 0
    failures = []
    for path in template_files(argv[2:], root):
        template = json.loads(path.read_text(encoding="utf-8"))
        for index, item in enumerate(template.get("rubric", [])):
            place = f"{path.name}: rubric[{index}] \"{item.get('id', '?')}\""
            quote = item.get("seed")
            checked += 1
            if not isinstance(quote, str) or not quote.strip():
                failures.append(f"{place}: no seed quote")
                continue
            if len(quote) > MAX_QUOTE:
                print(f"warning: {place}: quote of {len(quote)} characters "
                      f"(at most {MAX_QUOTE})", file=sys.stderr)
            normalised = normalise_quote(quote)
            if any(normalised in variant for variant in seed):
                found += 1
            else:
                failures.append(f"{place}: not in the seed: {quote}")
    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"{checked} seed quotes checked, {found} found in {argv[1]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
