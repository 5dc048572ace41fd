"""axe-core (the npm package, installed by scripts/test.sh into tests/web/axe/) run inside a Playwright page.

Usage in a browser test::

    from axe_check import serious_violations   # tests/web is on sys.path for the tests in it
    page.goto(url)
    assert serious_violations(page) == []

Each violation is summarised as ``"<rule id> (<impact>): <help> -> <first target>"`` so a failure reads well.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

AXE_JS = Path(__file__).parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"


def _axe_source() -> str:
    if not AXE_JS.exists():
        message = f"axe-core is not installed ({AXE_JS}): run `npm install --prefix tests/web/axe` or scripts/test.sh"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return AXE_JS.read_text(encoding="utf-8")


def violations(page_or_frame: Any, impacts: tuple[str, ...] = ("serious", "critical")) -> list[str]:
    """axe's violations of the given impacts on the page (or frame) as it is now, WCAG 2.x A/AA rules."""
    # Gradio dims a component to 20% opacity while an event (e.g. the page's load event) runs on it: measuring
    # contrast then reports the fade, not the page. Wait until nothing is pending and no animation runs.
    page_or_frame.wait_for_function(
        "() => !document.querySelector('.pending') && document.getAnimations().every(a => a.playState !== 'running')",
        timeout=120_000,
    )
    page_or_frame.add_script_tag(content=_axe_source())
    result = page_or_frame.evaluate(
        """async () => {
            const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                           targets: v.nodes.map(n => n.target.join(' ')).slice(0, 3)}));
        }"""
    )
    return [f"{v['id']} ({v['impact']}): {v['help']} -> {', '.join(v['targets'])}"
            for v in result if v["impact"] in impacts]


def serious_violations(page_or_frame: Any) -> list[str]:
    """The serious and critical violations: what the browser tests allow none of."""
    return violations(page_or_frame, ("serious", "critical"))
