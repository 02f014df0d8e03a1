#!/usr/bin/env python3
"""Checks Bearings' translations (registered with ctest by tests/translations).

  check_ts.py files --lrelease LRELEASE TS...
      Every message of every .ts is finished and not empty, keeps the
      placeholders of its source (%1.., %n), an accelerator (&), a leading or
      trailing space and a trailing ellipsis or colon, has as many plural forms as its language needs, and lrelease
      reports no unfinished or untranslated text. bearings_en.ts holds plural
      messages only.

  check_ts.py sources --lupdate LUPDATE --root ROOT TS...
      Runs lupdate over core/, ui/, app/ and translations/json_strings.cpp
      into copies of the .ts files: a tr() string that is in the code but not
      translated in a .ts fails here, with its text.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER_RE = re.compile(r"%L?(?:[1-9][0-9]?|n)")
# Plural forms per language (Qt's rules for these languages: n == 1, other).
PLURAL_FORMS = {"en": 2, "de": 2, "es": 2}


def has_accelerator(text: str) -> bool:
    """A mnemonic such as "&Save"; not "&&", "& " or an entity like "&nbsp;"."""
    return re.search(r"&(?![&\s])(?![a-zA-Z]+;|#[0-9]+;)", text.replace("&&", "")) is not None


def placeholders(text: str) -> list[str]:
    return sorted(p.replace("L", "") for p in PLACEHOLDER_RE.findall(text))


def context_of(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def check_file(path: Path) -> list[str]:
    problems: list[str] = []
    tree = ET.parse(path)
    language = tree.getroot().get("language", "")
    short = language.split("_")[0]
    plurals_only = path.stem.endswith("_en")
    count = 0
    for context, message in context_of(tree):
        count += 1
        source = message.findtext("source", "")
        where = f"{path.name}: {context}: {source!r}"
        translation = message.find("translation")
        numerus = message.get("numerus") == "yes"
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("obsolete", "vanished"):
            continue
        if plurals_only and not numerus:
            problems.append(f"{where}: the English file should hold plural messages only (lupdate -pluralonly)")
            continue
        if kind is not None:
            problems.append(f"{where}: {kind}")
            continue
        if numerus:
            forms = [f.text or "" for f in translation.findall("numerusform")]
            expected_forms = PLURAL_FORMS.get(short)
            if expected_forms is not None and len(forms) != expected_forms:
                problems.append(f"{where}: {len(forms)} plural forms, {language} needs {expected_forms}")
        else:
            forms = [translation.text or ""]
        want = placeholders(source)
        for index, form in enumerate(forms):
            if not form.strip():
                problems.append(f"{where}: empty translation")
                continue
            got = placeholders(form)
            if numerus and index == 0 and short in PLURAL_FORMS:
                # The singular form (n == 1 in these languages) may spell the number out.
                want_here = [p for p in want if p != "%n"]
                got = [p for p in got if p != "%n"]
            else:
                want_here = want
            if got != want_here:
                problems.append(f"{where}: placeholders {got} in {form!r}, the source has {want_here}")
            # Suffixes such as " weeks" on a spin box keep their space.
            if source[:1] == " " and form[:1] != " " or source[-1:] == " " and form[-1:] != " ":
                problems.append(f"{where}: the source starts or ends with a space, {form!r} does not")
            for ending in ("…", "...", ":"):
                if source.rstrip().endswith(ending) and not form.rstrip().endswith(("…", "...", ":")):
                    problems.append(f"{where}: the source ends with {ending!r}, the translation {form!r} does not")
                    break
            if has_accelerator(source) and not has_accelerator(form):
                problems.append(f"{where}: the source has an accelerator (&), the translation {form!r} has none")
    if count == 0 and not plurals_only:
        problems.append(f"{path.name}: no messages")
    return problems


def run_lrelease(lrelease: str, path: Path) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        qm = Path(tmp) / (path.stem + ".qm")
        result = subprocess.run([lrelease, str(path), "-qm", str(qm)], capture_output=True, text=True)
    output = result.stdout + result.stderr
    if result.returncode != 0:
        return [f"{path.name}: lrelease failed:\n{output}"]
    m = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", output)
    if not m:
        return [f"{path.name}: unexpected lrelease output:\n{output}"]
    problems = []
    if int(m.group(3)) != 0:
        problems.append(f"{path.name}: lrelease reports {m.group(3)} unfinished translations")
    ignored = re.search(r"Ignored (\d+) untranslated source text", output)
    if ignored:
        problems.append(f"{path.name}: lrelease ignored {ignored.group(1)} untranslated source texts")
    print(f"{path.name}: {m.group(1)} translations, {m.group(2)} finished, {m.group(3)} unfinished")
    return problems


def check_sources(lupdate: str, root: Path, ts_files: list[Path]) -> list[str]:
    sources = []
    for folder in ("core", "ui", "app"):
        for pattern in ("*.cpp", "*.h"):
            sources.extend(sorted((root / folder).rglob(pattern)))
    sources.append(root / "translations" / "json_strings.cpp")
    problems: list[str] = []
    # lupdate reads "\u2019d" as one escape with five hex digits (U+019D), so
    # the .ts would hold a different text than the compiled string: write the
    # character itself (sources are UTF-8).
    for source in sources:
        text = source.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), 1):
            if re.search(r"\b(?:tr|translate|QT_TR_NOOP|QT_TRANSLATE_NOOP)\s*\(", line) and \
                    re.search(r"\\u[0-9A-Fa-f]{5}", line):
                problems.append(f"{source.relative_to(root)}:{number}: a \\u escape followed by a hex digit in "
                                f"a translatable string; lupdate misreads it, write the character itself")
    with tempfile.TemporaryDirectory() as tmp:
        lst = Path(tmp) / "sources.lst"
        lst.write_text("".join(f"{s}\n" for s in sources)
                       + "".join(f"-I{root / d}\n" for d in ("core", "ui", "app")), encoding="utf-8")
        for ts in ts_files:
            copy = Path(tmp) / ts.name
            shutil.copyfile(ts, copy)
            options = ["-no-obsolete", "-locations", "none", "-silent"]
            if ts.stem.endswith("_en"):
                options.append("-pluralonly")
            result = subprocess.run([lupdate, f"@{lst}", *options, "-ts", str(copy)],
                                    capture_output=True, text=True)
            if result.returncode != 0:
                problems.append(f"{ts.name}: lupdate failed:\n{result.stdout}{result.stderr}")
                continue
            missing = [p for p in check_file(copy) if p.endswith(": unfinished")]
            for p in missing:
                problems.append(p.replace(": unfinished", ": in the code but not translated"))
    if problems:
        problems.append("Run `cmake --build <build dir> --target update_translations` and translate the new "
                        "messages (scripts/ts_fill.py helps; translations/GLOSSARY.md keeps terms consistent).")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    f = sub.add_parser("files")
    f.add_argument("--lrelease", required=True)
    f.add_argument("ts", type=Path, nargs="+")
    s = sub.add_parser("sources")
    s.add_argument("--lupdate", required=True)
    s.add_argument("--root", type=Path, required=True)
    s.add_argument("ts", type=Path, nargs="+")
    args = parser.parse_args()

    problems: list[str] = []
    if args.command == "files":
        for ts in args.ts:
            problems += check_file(ts)
            problems += run_lrelease(args.lrelease, ts)
    else:
        problems = check_sources(args.lupdate, args.root, args.ts)
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("all translations complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
