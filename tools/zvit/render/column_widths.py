"""Column widths chosen from what the columns hold, so the table is short and no word breaks.

A fixed grid of guessed widths leaves a narrow column breaking words mid-word while
a wide one stands half empty. Here every column first gets room for its longest
word (so Word never has to break one), then the rest of the width goes, a step at
a time, to the column whose growth shortens the table most: the sum of the rows'
heights, each row as tall as its tallest cell, estimated with Times New Roman's
advance widths (`text_metrics`). Columns the programme gives a share keep it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from zvit.render.text_metrics import text_width, word_widths, wrapped_lines

# The free width is handed out in this many steps.
_STEPS = 100
# With this few free columns, every split of the free width into so many parts is tried
# first (at most 680 splits), so that the search starts near the best page count.
_GRID = {1: 1, 2: 50, 3: 20, 4: 14, 5: 8}
# A longer table is sized from every k-th row (its longest words still from all).
_SAMPLE_ROWS = 120
# Steps moved at once, largest first.
_MOVES = (32, 16, 8, 4, 2, 1)
# Room the estimate leaves for what it does not see (kerning, a renderer's rounding).
_SLACK = 2.0


@dataclass(frozen=True)
class CellText:
    """One cell's paragraphs in one grid column, as the estimate sees them."""

    column: int
    paragraphs: Sequence[str]
    bold: bool = False


@dataclass(frozen=True)
class Metrics:
    """Font size and the cell's own horizontal padding, in points."""

    size: float
    padding: float

    @property
    def space(self) -> float:
        return text_width(" ", self.size)

    @property
    def line_height(self) -> float:
        """Single spacing in Times New Roman: 1.15 of the size, as Word lays it out."""
        return self.size * 1.15


class Estimate:
    """Each cell's words measured once; lines and heights for any width from them."""

    def __init__(self, rows: Sequence[Sequence[CellText]], columns: int, metrics: Metrics) -> None:
        self.metrics = metrics
        self.columns = columns
        self._words: list[list[list[list[float]] | None]] = []
        for row in rows:
            cells: list[list[list[float]] | None] = [None] * columns
            for cell in row:
                measured = word_widths(cell.paragraphs, metrics.size, bold=cell.bold)
                previous = cells[cell.column]
                cells[cell.column] = measured if previous is None else previous + measured
            self._words.append(cells)

    def sampled(self, limit: int) -> Estimate:
        """Every k-th row, at most `limit` of them (itself when it has no more): a long table's search."""
        if len(self._words) <= limit:
            return self
        stride = -(-len(self._words) // limit)
        sample = Estimate((), self.columns, self.metrics)
        sample._words = self._words[::stride]
        return sample

    def amount(self, column: int) -> float:
        """All the column's words laid end to end, in points."""
        return sum(word for row in self._words for paragraph in row[column] or () for word in paragraph)

    def longest_word(self, column: int) -> float:
        return max(
            (word for row in self._words for paragraph in row[column] or () for word in paragraph),
            default=0.0,
        )

    def lines(self, column: int, width: float) -> list[int]:
        """Lines per row in `column` at `width` points (padding included); 0 for no cell."""
        inner = max(width - self.metrics.padding, 1.0)
        space = self.metrics.space
        found = []
        for row in self._words:
            cell = row[column]
            found.append(0 if cell is None else wrapped_lines(cell, space, inner))
        return found

    def heights(self, widths: Sequence[float]) -> list[float]:
        """Each row's height in points at these column widths."""
        per_column = [self.lines(c, w) for c, w in enumerate(widths)]
        return [max(lines) * self.metrics.line_height for lines in zip(*per_column, strict=True)]


@dataclass(frozen=True)
class Pages:
    """Where the rows go: pages of `body` points, the first one with `heading` taken.

    The first `header` rows of an estimate are the header rows, repeated at the top
    of every page; `before[r]` is the height of rows printed just before measure
    row r and kept with it (a section's heading): they move to the next page together.
    """

    body: float
    heading: float
    before: Sequence[float]
    header: int = 0

    def room(self, heights: Sequence[float]) -> float:
        """The height left for measure rows on a page under the repeated header rows."""
        return self.body - sum(heights[: self.header])

    def count(self, heights: Sequence[float]) -> int:
        """Pages the rows take when a row that fits on a page is never split."""
        room = self.room(heights)
        pages, used = 1, self.heading
        for height, before in zip(heights[self.header :], self.before, strict=True):
            block = height + before
            if used + block > room and used > 0:
                pages, used = pages + 1, 0.0
            while used + block > room:  # taller than a page: it splits, page after page
                block -= room - used
                pages, used = pages + 1, 0.0
            used += block
        return pages


def choose_widths(
    estimate: Estimate, total: float, shares: Sequence[float | None], minimum: float = 0.0, pages: Pages | None = None
) -> list[float]:
    """Column widths in points summing to `total`: shares kept, the rest from the content.

    The free width is cut into `_STEPS` equal steps, first shared out in proportion
    to each column's amount of text; then steps move from one column to another as
    long as a move makes the table shorter (big moves first, so a column can grow
    past a plateau where one step alone changes no row's height).
    """
    columns = estimate.columns
    padding = estimate.metrics.padding
    floor = [max(estimate.longest_word(c) + padding + _SLACK, minimum) for c in range(columns)]
    base = [floor[c] if share is None else share * total for c, share in enumerate(shares)]
    searched = estimate.sampled(_SAMPLE_ROWS)
    # A column whose every cell is one line at its floor gains nothing from more width.
    free = [c for c, share in enumerate(shares) if share is None and max(searched.lines(c, base[c]), default=0) > 1]
    free = free or [c for c, share in enumerate(shares) if share is None]
    left = total - sum(base)
    if not free or left <= 0:
        return _fitted(base, total, free)
    step = left / _STEPS
    steps = _proportional([searched.amount(c) for c in free], _STEPS)
    if searched is not estimate:
        pages = None  # a sample's page count means nothing: its height stands for the table's
    cache: dict[tuple[int, int], tuple[list[int], int]] = {}

    def lines(column: int, count: int) -> tuple[list[int], int]:
        key = (column, count)
        if key not in cache:
            found = searched.lines(column, base[column] + count * step)
            cache[key] = found, sum(found)
        return cache[key]

    fixed = [lines(c, 0) for c in range(columns) if c not in free]
    counts = dict(zip(free, steps, strict=True))
    line_height = estimate.metrics.line_height

    def cost(candidate: dict[int, int]) -> tuple[int, int, int]:
        chosen = [*fixed, *(lines(c, n) for c, n in candidate.items())]
        rows = list(map(max, *(found for found, _ in chosen))) if len(chosen) > 1 else chosen[0][0]
        height, total = sum(rows), sum(cells for _, cells in chosen)
        if pages is None:
            return 0, height, total
        return pages.count([lines * line_height for lines in rows]), height, total

    best = cost(counts)
    if len(free) in _GRID:
        grid = _GRID[len(free)]
        for split in _splits(grid, len(free)):
            candidate = {c: n * _STEPS // grid for c, n in zip(free, split, strict=True)}
            candidate[free[-1]] += _STEPS - sum(candidate.values())
            value = cost(candidate)
            if value < best:
                best, counts = value, candidate
    for size in _MOVES:
        improved = True
        while improved:
            improved = False
            for giver in free:
                for taker in free:
                    if giver == taker or counts[giver] < size:
                        continue
                    candidate = {**counts, giver: counts[giver] - size, taker: counts[taker] + size}
                    value = cost(candidate)
                    if value < best:
                        best, counts, improved = value, candidate, True
    widths = [base[c] + counts[c] * step if c in counts else base[c] for c in range(columns)]
    return _fitted(widths, total, free)


def _splits(total: int, parts: int) -> list[tuple[int, ...]]:
    """Every way to share `total` whole units among `parts` (each part may get none)."""
    if parts == 1:
        return [(total,)]
    return [(first, *rest) for first in range(total + 1) for rest in _splits(total - first, parts - 1)]


def _proportional(amounts: Sequence[float], steps: int) -> list[int]:
    """`steps` shared out in proportion to `amounts` (whole steps, the remainder to the largest)."""
    whole = sum(amounts) or 1.0
    shares = [int(steps * a / whole) for a in amounts]
    shares[max(range(len(amounts)), key=lambda i: amounts[i])] += steps - sum(shares)
    return shares


def _fitted(widths: list[float], total: float, free_columns: Sequence[int]) -> list[float]:
    """`widths` scaled to sum to `total` (the free columns take up the difference where they can)."""
    difference = total - sum(widths)
    if abs(difference) < 1e-9:
        return widths
    targets = list(free_columns) or list(range(len(widths)))
    room = sum(widths[c] for c in targets)
    return [w + difference * w / room if c in targets else w for c, w in enumerate(widths)]
