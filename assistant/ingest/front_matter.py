"""A Markdown file's YAML front matter read as the fields it states.

Why: a page exported from a static-site CMS opens with a block such as ``class_code: "3410 (Librarian I)"`` /
``flsa: Exempt`` / ``layout: job-series``. Quoted as it stands it reads as code, and its site keys (layout,
permalink, tags) are no facts of the class. Its fields become "Class Code: 3410 (Librarian I)" lines, the rest
goes.

Example:
    >>> print(readable_front_matter('---\\ntitle: "Park Ranger"\\nflsa: Exempt\\nlayout: spec\\n---\\n# Park Ranger\\n'))
    Title: Park Ranger
    FLSA: Exempt
    <BLANKLINE>
    # Park Ranger
    <BLANKLINE>
"""

from __future__ import annotations

import re

__all__ = ["readable_front_matter"]

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^([A-Za-z_][\w-]{0,40})[ \t]*:[ \t]*(.*)$")
# keys that run the site, not facts of the class
_SITE_KEYS = {"layout", "permalink", "tags", "categories", "sidebar", "redirect_from", "redirect_to", "nav", "slug",
              "aliases", "weight", "draft", "menu", "url", "type", "toc", "comments", "excerpt", "image", "header",
              "author_profile", "share", "related", "search", "sitemap", "published", "lang", "classes", "id"}
_ACRONYMS = {"flsa", "fte", "eeo", "id"}


def readable_front_matter(text: str) -> str:
    """``text`` with a leading front matter block turned into "Label: value" lines (top-level scalar keys only)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text
    lines = []
    for raw in match.group(1).split("\n"):
        field = _FIELD.match(raw)  # an indented line belongs to a list or a map: skipped
        if not field:
            continue
        key, value = field.group(1), field.group(2).strip().strip("\"'").strip()
        if not value or key.lower() in _SITE_KEYS or value[0] in "[{|>&*#":
            continue
        words = key.replace("_", " ").replace("-", " ").split()
        label = " ".join(w.upper() if w.lower() in _ACRONYMS else w.capitalize() for w in words)
        lines.append(f"{label}: {value}")
    rest = text[match.end():]
    return ("\n".join(lines) + "\n\n" + rest) if lines else rest
