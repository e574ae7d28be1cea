"""The status page on a phone (400 px wide, in headless Chromium): the page itself never scrolls
sideways; the grid scrolls inside its own box with the unit column fixed; who reported and who is
late come before the grid.  Skipped, with the reason, where Chromium is not installed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from html import escape, unescape
from pathlib import Path

import pytest
from conftest import Repo

CHROMIUM = next((found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None)

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (.ci/run installs it with apt)")

# The page in a frame of a phone's width (a headless window is at least 500 px wide), and a script
# beside it (the page itself has no scripts) that writes what the browser laid out as JSON.
PROBE = """<!DOCTYPE html><html><body style="margin:0">
<iframe id="phone" style="width:{width}px;height:900px;border:0" srcdoc="{page}"></iframe>
<script>
window.addEventListener("load", () => {{
  const frame = document.getElementById("phone");
  const page = frame.contentDocument, view = frame.contentWindow;
  const box = page.querySelector("div.grid-box");
  const unit = page.querySelector("tbody th.unit");
  const top = (selector) => page.querySelector(selector).getBoundingClientRect().bottom + view.scrollY;
  const grid = box.getBoundingClientRect().top + view.scrollY;
  const facts = {{
    viewport: view.innerWidth,
    page: page.documentElement.scrollWidth,
    box_width: box.clientWidth,
    box_content: box.scrollWidth,
    unit_position: view.getComputedStyle(unit).position,
    unit_left_before: unit.getBoundingClientRect().left,
    before_grid: ["p.counts", "p.submitted", "p.missing", "ul.overdue"].filter((s) => top(s) <= grid),
  }};
  box.scrollLeft = 400;
  facts.box_scrolled = box.scrollLeft;
  facts.unit_left_after = unit.getBoundingClientRect().left;
  const out = document.createElement("pre");
  out.id = "measured";
  out.textContent = JSON.stringify(facts);
  document.body.appendChild(out);
}});
</script></body></html>"""


def _laid_out(page: Path, tmp_path: Path, width: int) -> dict[str, object]:
    probe = tmp_path / "probe.html"
    probe.write_text(PROBE.format(width=width, page=escape(page.read_text(encoding="utf-8"))), encoding="utf-8")
    assert CHROMIUM is not None
    proc = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=800,900",
            "--virtual-time-budget=2000",
            "--dump-dom",
            probe.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    marker = '<pre id="measured">'
    start = proc.stdout.index(marker) + len(marker)
    return json.loads(unescape(proc.stdout[start : proc.stdout.index("</pre>", start)]))


def test_at_400_px_the_grid_scrolls_in_its_box_and_the_page_does_not(repo: Repo, tmp_path: Path) -> None:
    code, _, err = repo.zvit("status", "--quarter", "3", "--format", "html", "--out", str(tmp_path / "status.html"))
    assert (code, err) == (0, "")
    facts = _laid_out(tmp_path / "status.html", tmp_path, 400)
    assert facts["viewport"] == 400
    assert facts["page"] == 400  # nothing sticks out of the page
    assert facts["box_content"] > 2 * facts["box_width"]  # the grid is wider than its box ...
    assert facts["box_scrolled"] == 400  # ... and scrolls inside it
    assert facts["unit_position"] == "sticky"
    assert abs(facts["unit_left_after"] - facts["unit_left_before"]) <= 1  # the unit column stays (the border aside)
    assert facts["before_grid"] == ["p.counts", "p.submitted", "p.missing", "ul.overdue"]
