"""A Markdown file's front matter read as the fields it states, and the page's placeholders filled from it.

Why: a page exported from a static-site CMS opens with a block such as ``class_code: "3410 (Librarian I)"`` /
``flsa: Exempt`` / ``layout: job-series``. Quoted as it stands it reads as code, and its site keys (layout,
permalink, tags) are no facts of the class. Its fields become "Class Code: 3410 (Librarian I)" lines, the rest
goes. A template's source prints some facts only through the block: its body says ``{{ page.pay.hiring_range }}``
where the site would print "$58,300 - $64,000 annually", so each such placeholder reads as its value. YAML
(``---``) and TOML (``+++``, Hugo) blocks are read, nested maps and ``[tables]`` included.

Example:
    >>> print(readable_front_matter('---\\ntitle: "Park Ranger"\\nflsa: Exempt\\nlayout: spec\\n---\\n# Park Ranger\\n'))
    Title: Park Ranger
    FLSA: Exempt
    <BLANKLINE>
    # Park Ranger
    <BLANKLINE>
    >>> print(readable_front_matter('---\\npay:\\n  hiring_range: "$58,300"\\n---\\nHiring: {{ page.pay.hiring_range }}\\n'))
    Hiring Range: $58,300
    <BLANKLINE>
    Hiring: $58,300
    <BLANKLINE>
"""

from __future__ import annotations

import re

__all__ = ["readable_front_matter"]

_YAML_BLOCK = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_TOML_BLOCK = re.compile(r"\A\ufeff?\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
_YAML_FIELD = re.compile(r"^([ \t]*)([A-Za-z_][\w-]{0,40})[ \t]*:[ \t]*(.*)$")
_TOML_FIELD = re.compile(r"^[ \t]*([A-Za-z_][\w-]{0,40})[ \t]*=[ \t]*(.*)$")
_TOML_TABLE = re.compile(r"^[ \t]*\[([A-Za-z_][\w.-]{0,60})\][ \t]*$")
# "{{ page.pay.hiring_range }}", "{{ .Params.salary_range }}", "{{ page.dates.posted | date: "%B %-d, %Y" }}"
_PLACEHOLDER = re.compile(r"\{\{-?\s*(?:page|\.Params|\.Page\.Params|\.Page|\.)\.?([\w.]+)\s*(?:\|[^}]*)?-?\}\}",
                          re.IGNORECASE)
# keys that run the site, not facts of the class
_SITE_KEYS = {"layout", "permalink", "tags", "categories", "sidebar", "redirect_from", "redirect_to", "nav", "slug",
              "aliases", "weight", "draft", "menu", "url", "type", "toc", "comments", "excerpt", "image", "header",
              "author_profile", "share", "related", "search", "sitemap", "published", "lang", "classes", "id",
              "lastmod"}
_ACRONYMS = {"flsa", "fte", "eeo", "id"}


def readable_front_matter(text: str) -> str:
    """``text`` with a leading front matter block turned into "Label: value" lines and the body's ``{{ page.* }}``
    placeholders replaced by the values they name."""
    yaml, toml = _YAML_BLOCK.match(text), _TOML_BLOCK.match(text)
    block = yaml or toml
    if block is None:
        return text
    fields = _yaml_fields(block.group(1)) if yaml else _toml_fields(block.group(1))
    lines = [f"{_label(path[-1])}: {value}" for path, value in fields.items()
             if not any(key.lower() in _SITE_KEYS for key in path) and value[:1] not in "[{|>&*#"]
    values = {".".join(path).lower(): value for path, value in fields.items()}
    values.update({path[-1].lower(): value for path, value in fields.items() if path[-1].lower() not in values})

    def filled(match: re.Match[str]) -> str:
        key = match.group(1).lower()
        return values.get(key, values.get(key.removeprefix("params."), match.group(0)))

    rest = _PLACEHOLDER.sub(filled, text[block.end():])
    return ("\n".join(lines) + "\n\n" + rest) if lines else rest


def _label(key: str) -> str:
    words = key.replace("_", " ").replace("-", " ").split()
    return " ".join(w.upper() if w.lower() in _ACRONYMS else w.capitalize() for w in words)


def _scalar(raw: str) -> str:
    """A value as written, without its quotes (a list's or a map's opening is kept: the caller drops it)."""
    return raw.strip().strip("\"'").strip()


def _yaml_fields(block: str) -> dict[tuple[str, ...], str]:
    """Each scalar field of a YAML block under its key path (``pay: / hiring_range: …`` → ("pay", "hiring_range"))."""
    fields: dict[tuple[str, ...], str] = {}
    parents: list[tuple[int, str]] = []  # (indent, key) of the maps the next lines may belong to
    for raw in block.split("\n"):
        field = _YAML_FIELD.match(raw)
        if not field:
            continue  # a list's item ("- staff") or a continued line
        indent, key, value = len(field.group(1).expandtabs()), field.group(2), _scalar(field.group(3))
        while parents and parents[-1][0] >= indent:
            parents.pop()
        path = (*(k for _, k in parents), key)
        if value:
            fields[path] = value
        else:
            parents.append((indent, key))
    return fields


def _toml_fields(block: str) -> dict[tuple[str, ...], str]:
    """Each scalar field of a TOML block under its key path (``[params]`` / ``salary_range = "…"``)."""
    fields: dict[tuple[str, ...], str] = {}
    table: tuple[str, ...] = ()
    for raw in block.split("\n"):
        heading = _TOML_TABLE.match(raw)
        if heading:
            table = tuple(heading.group(1).split("."))
            continue
        field = _TOML_FIELD.match(raw)
        if field and _scalar(field.group(2)):
            fields[(*table, field.group(1))] = _scalar(field.group(2))
    return fields
