#!/usr/bin/env python3
"""Carries finished translations over to strings that moved between classes.

lupdate files a string under the class (context) that translates it; when the
code moves a string to another class, the new entry comes out unfinished
(lupdate's same-text heuristic may fill in a guess) and the old one is
dropped. Run this after update_translations, naming the git revision whose
.ts files still had the old entries: every unfinished entry whose exact source
text had a finished translation there, in any context, gets that translation
and is marked finished. Nothing else in the files changes.

    translations/carry-over.py HEAD
"""
import html
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# One message: its source, and its translation when finished or unfinished
# (vanished and obsolete entries do not match; -no-obsolete drops them anyway).
MESSAGE = re.compile(r"(<message>\s*<source>(.*?)</source>(?:(?!</message>).)*?<translation)( type=\"unfinished\")?>(.*?)(</translation>)", re.S)


def finished(text):
    known = {}
    for match in MESSAGE.finditer(text):
        source, unfinished, translation = match.group(2), match.group(3), match.group(4)
        if not unfinished and translation.strip():
            known.setdefault(html.unescape(source), translation)
    return known


def main():
    revision = sys.argv[1] if len(sys.argv) > 1 else "HEAD"
    for ts in sorted(HERE.glob("parkbar_*.ts")):
        relative = ts.relative_to(HERE.parent).as_posix()
        before = subprocess.run(["git", "show", f"{revision}:{relative}"], capture_output=True, check=True,
                                cwd=HERE.parent, text=True).stdout
        text = ts.read_text(encoding="utf-8")
        known = finished(before)
        known.update(finished(text))
        filled = 0

        def carry(match):
            nonlocal filled
            source = html.unescape(match.group(2))
            if not match.group(3) or source not in known:
                return match.group(0)
            filled += 1
            return f"{match.group(1)}>{known[source]}{match.group(5)}"

        ts.write_text(MESSAGE.sub(carry, text), encoding="utf-8")
        print(f"{ts.name}: {filled} carried over")


if __name__ == "__main__":
    main()
