"""decode_html: bytes of a page read the way a browser reads them (declared charsets are not trusted blindly)."""

from __future__ import annotations

from assistant.ingest.html_encoding import decode_html


def test_encoding_without_declaration_and_mixed_bytes() -> None:
    words = "The \u201cclerk\u201d doesn\u2019t file \u2013 ever. Caf\u00e9 na\u00efve."
    assert decode_html(f"<p>{words}</p>".encode("cp1252")) == f"<p>{words}</p>"  # guessed, cp1252 preferred
    assert decode_html(f'<meta charset="iso-8859-1"><p>{words}</p>'.encode("utf-8")).endswith(words + "</p>")
    mixed = f"<p>{words}</p>".encode("utf-8") + b"<p>stray \x93byte</p>"  # UTF-8 with one bad byte stays UTF-8
    assert decode_html(mixed).startswith(f"<p>{words}</p>")
    assert decode_html(b"\xef\xbb\xbf<p>x</p>") == "<p>x</p>"
    assert decode_html("<p>\u00e9</p>".encode("utf-16")) == "<p>\u00e9</p>"
