"""Text set sideways on a PDF page (a band down the margin, a rotated stamp), read in its own direction.

Why: pdfplumber lays a page out in upright lines, so a line turned 90 degrees comes out one letter
group per line, backwards and bottom first ("LANIF" / "GNILIF" / ":ETAD" for "FINAL FILING DATE:"),
and the fact it states (a filing deadline printed only in the margin band) can be neither found nor
quoted. Here the sideways characters are taken off the upright page and read along their own baseline,
each band as one line.

Example:
    >>> import pdfplumber  # doctest: +SKIP
    >>> with pdfplumber.open("posting.pdf") as pdf:  # doctest: +SKIP
    ...     upright, bands = split_rotated(pdf.pages[0])
    >>> bands  # doctest: +SKIP
    ['FINAL FILING DATE: MONDAY, JUNE 1, 2026, 5:00 P.M.']
"""

from __future__ import annotations

from typing import Any

MIN_BAND_CHARS = 4  # fewer sideways letters are a stray glyph (a rotated bullet), not a line of text
_BASELINE_TOLERANCE = 2.0  # points between two characters' x that still share one sideways baseline


def _is_sideways(obj: dict[str, Any]) -> bool:
    return obj.get("object_type") == "char" and not obj.get("upright", True)


def split_rotated(page: Any) -> tuple[Any, list[str]]:
    """(the page without its sideways characters, the sideways lines read along their baselines); the page
    itself and [] when it has none."""
    sideways = [c for c in page.chars if not c.get("upright", True)]
    if len(sideways) < MIN_BAND_CHARS:
        return page, []
    bands: list[list[dict[str, Any]]] = []
    for char in sorted(sideways, key=lambda c: c["x0"]):
        if bands and abs(char["x0"] - bands[-1][-1]["x0"]) <= _BASELINE_TOLERANCE:
            bands[-1].append(char)
        else:
            bands.append([char])
    lines = [_band_text(band) for band in bands if len(band) >= MIN_BAND_CHARS]
    upright = page.filter(lambda obj: not _is_sideways(obj))
    return upright, [line for line in lines if line]


def _band_text(band: list[dict[str, Any]]) -> str:
    """One baseline's characters in reading order: upward when turned counter-clockwise (the matrix's b > 0),
    downward when turned clockwise; a gap wider than a third of the type size is a space the PDF did not draw."""
    upward = float(band[0].get("matrix", (0, 1))[1]) > 0
    ordered = sorted(band, key=lambda c: -c["bottom"] if upward else c["top"])
    text: list[str] = []
    last_end = None
    for char in ordered:
        start, end = (-char["bottom"], -char["top"]) if upward else (char["top"], char["bottom"])
        if last_end is not None and start - last_end > float(char.get("size", 10)) / 3 and text and text[-1] != " ":
            text.append(" ")
        text.append(char["text"])
        last_end = end
    return " ".join("".join(text).split())
