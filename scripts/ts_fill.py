#!/usr/bin/env python3
"""Fills Qt Linguist .ts files from a mapping, so translations can be written in batches.

Every message is named by a short key: the first 8 hex digits of the SHA-1 of
context, source and disambiguation comment. `dump` lists the messages with
their keys; `apply` writes translations given by key (or by context and
source) into the .ts files and marks them finished. The rest of the file is
left byte for byte as lupdate wrote it.

  scripts/ts_fill.py dump translations/bearings_de.ts [--all] [--context REGEX]
  scripts/ts_fill.py apply MAPPING translations/bearings_de.ts translations/bearings_es.ts
  scripts/ts_fill.py export translations/bearings_de.ts > de.txt    (finished ones, as a mapping)

A mapping is either JSON, a list of objects
  {"context": "...", "source": "...", "comment": "...", "de": "...", "es": ["one", "many"]}
(or "key" instead of context/source/comment), or text blocks:
  @1a2b3c4d
  de: Übersicht
  es: Resumen
  # a comment line
where a plural message gives its forms separated by " || " and "\\n" stands
for a line break. A language code applies to the .ts whose language starts
with it (de_DE -> de). A translation whose placeholders (%1.., %n) differ from
the source is refused with a message, and nothing is written for it.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

MESSAGE_RE = re.compile(r"<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
CONTEXT_RE = re.compile(r"<context>\s*<name>(?P<name>.*?)</name>", re.S)
SOURCE_RE = re.compile(r"<source>(?P<text>.*?)</source>", re.S)
COMMENT_RE = re.compile(r"<comment>(?P<text>.*?)</comment>", re.S)
EXTRA_RE = re.compile(r"<extracomment>(?P<text>.*?)</extracomment>", re.S)
TRANSLATION_RE = re.compile(r"(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.S)
NUMERUS_RE = re.compile(r"<numerusform>(?P<text>.*?)</numerusform>", re.S)
PLACEHOLDER_RE = re.compile(r"%(?:L?[1-9][0-9]?|n|Ln)")


def unescape(text: str) -> str:
    # <byte value="x0A"/> is how lupdate writes some control characters.
    text = re.sub(r'<byte value="x([0-9A-Fa-f]+)"/>', lambda m: chr(int(m.group(1), 16)), text)
    return html.unescape(text)


def escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def message_key(context: str, source: str, comment: str) -> str:
    return hashlib.sha1(f"{context}\x04{source}\x04{comment}".encode("utf-8")).hexdigest()[:8]


def placeholders(text: str) -> list[str]:
    found = PLACEHOLDER_RE.findall(text)
    return sorted(p.replace("L", "") for p in found)


@dataclass
class Message:
    context: str
    source: str
    comment: str
    extracomment: str
    numerus: bool
    finished: bool
    translations: list[str]
    span: tuple[int, int]  # of the <translation> element in the file text
    indent: str

    @property
    def key(self) -> str:
        return message_key(self.context, self.source, self.comment)


@dataclass
class TsFile:
    path: Path
    text: str
    language: str
    messages: list[Message] = field(default_factory=list)

    @classmethod
    def read(cls, path: Path) -> "TsFile":
        text = path.read_text(encoding="utf-8")
        m = re.search(r'<TS[^>]*language="([^"]*)"', text)
        ts = cls(path, text, m.group(1) if m else "")
        contexts = [(c.start(), unescape(c.group("name"))) for c in CONTEXT_RE.finditer(text)]
        for msg in MESSAGE_RE.finditer(text):
            context = ""
            for start, name in contexts:
                if start < msg.start():
                    context = name
            body = msg.group("body")
            source = unescape(SOURCE_RE.search(body).group("text"))
            comment_m = COMMENT_RE.search(body)
            extra_m = EXTRA_RE.search(body)
            tr = TRANSLATION_RE.search(body)
            attrs = tr.group("attrs")
            numerus = 'numerus="yes"' in msg.group("attrs")
            inner = tr.group("text") or ""
            if numerus:
                forms = [unescape(f.group("text")) for f in NUMERUS_RE.finditer(inner)]
            else:
                forms = [unescape(inner)]
            finished = "type=" not in attrs
            offset = msg.start("body")
            ts.messages.append(Message(context, source, unescape(comment_m.group("text")) if comment_m else "",
                                       unescape(extra_m.group("text")) if extra_m else "", numerus, finished,
                                       forms, (offset + tr.start() + len(tr.group("indent")), offset + tr.end()),
                                       tr.group("indent")))
        return ts

    def short_language(self) -> str:
        return self.language.split("_")[0]

    def write(self) -> None:
        self.path.write_text(self.text, encoding="utf-8")


def render_translation(message: Message, forms: list[str]) -> str:
    if not message.numerus:
        return f"<translation>{escape(forms[0])}</translation>"
    inner_indent = message.indent + "    "
    parts = "".join(f"\n{inner_indent}<numerusform>{escape(f)}</numerusform>" for f in forms)
    return f"<translation>{parts}\n{message.indent}</translation>"


def parse_text_mapping(text: str) -> list[dict]:
    entries: list[dict] = []
    current: dict | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@"):
            current = {"key": line[1:].strip(), "line": number}
            entries.append(current)
            continue
        m = re.match(r"^([a-z]{2,3}):\s?(.*)$", line)
        if not m or current is None:
            raise SystemExit(f"mapping line {number}: expected '@key' or 'xx: translation', got: {line!r}")
        value = m.group(2).replace("\\n", "\n")
        current[m.group(1)] = value.split(" || ") if " || " in value else value
    return entries


def load_mapping(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        data = json.loads(text)
        return data if isinstance(data, list) else [dict(v, key=k) for k, v in data.items()]
    return parse_text_mapping(text)


def apply(mapping: list[dict], files: list[TsFile], force: bool) -> int:
    errors = 0
    for ts in files:
        lang = ts.short_language()
        by_key = {m.key: m for m in ts.messages}
        by_source = {(m.context, m.source, m.comment): m for m in ts.messages}
        edits: list[tuple[Message, list[str]]] = []
        for entry in mapping:
            if lang not in entry:
                continue
            if "key" in entry:
                message = by_key.get(entry["key"])
            else:
                message = by_source.get((entry["context"], entry["source"], entry.get("comment", "")))
            if message is None:
                where = entry.get("key") or entry.get("source")
                print(f"{ts.path.name}: no message {where!r} (stale key?)", file=sys.stderr)
                continue
            value = entry[lang]
            forms = value if isinstance(value, list) else [value]
            if message.numerus and len(forms) != len(message.translations):
                print(f"{ts.path.name}: {message.key} needs {len(message.translations)} plural forms, got "
                      f"{len(forms)}", file=sys.stderr)
                errors += 1
                continue
            if not message.numerus and len(forms) != 1:
                print(f"{ts.path.name}: {message.key} is not a plural message", file=sys.stderr)
                errors += 1
                continue
            bad = False
            for form in forms:
                expected = placeholders(message.source)
                got = [p for p in placeholders(form)]
                if message.numerus:
                    # A singular form may spell out the number ("1 week" -> "eine Woche").
                    if sorted(set(got) - {"%n"}) != sorted(set(expected) - {"%n"}):
                        bad = True
                elif got != expected:
                    bad = True
                if not form.strip():
                    bad = True
            if bad:
                print(f"{ts.path.name}: {message.key}: placeholders or text do not match the source\n"
                      f"  source: {message.source!r}\n  given:  {forms!r}", file=sys.stderr)
                errors += 1
                continue
            if message.finished and not force and message.translations == forms:
                continue
            edits.append((message, forms))
        # A later entry for the same message wins (a mapping may correct an earlier one).
        latest = {id(message): (message, forms) for message, forms in edits}
        text = ts.text
        for message, forms in sorted(latest.values(), key=lambda e: e[0].span[0], reverse=True):
            start, end = message.span
            text = text[:start] + render_translation(message, forms) + text[end:]
        ts.text = text
        ts.write()
        print(f"{ts.path.name}: {len(latest)} translations written")
    return errors


def dump(ts: TsFile, show_all: bool, context: str | None, limit: int | None) -> None:
    shown = 0
    for m in ts.messages:
        if m.finished and not show_all:
            continue
        if context and not re.search(context, m.context):
            continue
        hint = ""
        if m.comment:
            hint += f" [comment: {m.comment}]"
        if m.extracomment:
            hint += f" [note: {m.extracomment}]"
        flag = " [plural]" if m.numerus else ""
        print(f"@{m.key} {m.context}{flag}{hint}")
        print("  " + m.source.replace("\n", "\\n"))
        if show_all and m.finished:
            print("  = " + " || ".join(t.replace("\n", "\\n") for t in m.translations))
        shown += 1
        if limit and shown >= limit:
            break


def export(ts: TsFile) -> None:
    lang = ts.short_language()
    for m in ts.messages:
        if not m.finished:
            continue
        print(f"@{m.key}")
        print(f"# {m.context}: {m.source.replace(chr(10), chr(92) + 'n')}")
        print(f"{lang}: " + " || ".join(t.replace("\n", "\\n") for t in m.translations))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="list unfinished messages with their keys")
    d.add_argument("ts", type=Path)
    d.add_argument("--all", action="store_true", help="also finished ones, with their translation")
    d.add_argument("--context", help="only contexts matching this regular expression")
    d.add_argument("--limit", type=int)
    a = sub.add_parser("apply", help="write translations from a mapping and mark them finished")
    a.add_argument("mapping", type=Path)
    a.add_argument("ts", type=Path, nargs="+")
    a.add_argument("--force", action="store_true", help="rewrite finished translations too")
    e = sub.add_parser("export", help="print the finished translations as a text mapping")
    e.add_argument("ts", type=Path)
    args = parser.parse_args()

    if args.command == "dump":
        dump(TsFile.read(args.ts), args.all, args.context, args.limit)
        return 0
    if args.command == "export":
        export(TsFile.read(args.ts))
        return 0
    mapping = load_mapping(args.mapping)
    errors = apply(mapping, [TsFile.read(p) for p in args.ts], args.force)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
