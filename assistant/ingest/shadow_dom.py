"""A web component's declarative shadow root composed as the browser shows it: the template's markup with each
``<slot>`` filled by the host's children assigned to it.

Why: a page built of components ("<level-card><template shadowrootmode="open"> … <dt>Hourly pay grade</dt>
<dd><slot name="grade"></slot></dd> …</template><span slot="grade">T12</span></level-card>") holds its labels in
the template and its values outside it; read apart, "T12" loses the label that says it is a pay grade.

Example:
    >>> compose_shadow_roots(body)  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any


def compose_shadow_roots(root: Any) -> None:
    """Replace every host of a declarative shadow root (``<template shadowrootmode>``) by its composed content,
    in place; hosts without one are left as they are."""
    for template in list(root.iter("template")):
        host = template.getparent()
        if host is None or (template.get("shadowrootmode") is None and template.get("shadowroot") is None):
            continue
        assigned: dict[str, list[Any]] = {}
        for child in host:
            if child is not template and isinstance(child.tag, str):
                assigned.setdefault(child.get("slot") or "", []).append(child)
        for slot in list(template.iter("slot")):
            # the children assigned to the slot by name (the unnamed slot takes the rest), else its fallback content
            nodes = assigned.pop(slot.get("name") or "", None)
            if nodes:
                _replace(slot, nodes)
            else:
                slot.drop_tag()
        shown = list(template)
        host.text = template.text
        for child in list(host):
            host.remove(child)  # (children assigned to no slot are not shown)
        for child in shown:
            host.append(child)


def _replace(slot: Any, nodes: list[Any]) -> None:
    """Put ``nodes`` (one or more) where ``slot`` stands, the text after the slot after the last of them."""
    tail = slot.tail
    for node in nodes:
        node.tail = None
        slot.addprevious(node)
    nodes[-1].tail = tail
    slot.getparent().remove(slot)
