"""Bar charts drawn on the server as SVG: no JavaScript, no CDN, readable without colour."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

LABEL_WIDTH = 150
BAR_AREA = 420
VALUE_WIDTH = 90
ROW_HEIGHT = 22
BAR_HEIGHT = 16
TOP = 6


@dataclass(frozen=True)
class Bar:
    """One bar: its label, value text and geometry."""

    label: str
    value: float
    text: str
    y: int
    width: float

    @property
    def text_y(self) -> int:
        """Where the label's baseline sits, centred on the bar."""
        return self.y + BAR_HEIGHT - 4


@dataclass(frozen=True)
class BarChart:
    """A horizontal bar chart, one bar per label."""

    title: str
    bars: list[Bar]
    unit: str
    label_width: int = LABEL_WIDTH
    bar_area: int = BAR_AREA
    bar_height: int = BAR_HEIGHT

    @property
    def width(self) -> int:
        """The drawing's width."""
        return self.label_width + self.bar_area + VALUE_WIDTH

    @property
    def height(self) -> int:
        """The drawing's height, growing with the bars."""
        return TOP * 2 + ROW_HEIGHT * max(1, len(self.bars))

    @property
    def description(self) -> str:
        """The chart in words, for screen readers."""
        if not self.bars:
            return f"{self.title}: no data."
        return f"{self.title}: " + "; ".join(f"{b.label} {b.text}" for b in self.bars) + "."


def bar_chart(title: str, data: Iterable[tuple[str, float | None]], unit: str = "",
              fmt: str = "{:g}") -> BarChart:
    """Lay out ``(label, value)`` pairs as bars scaled to the largest value."""
    pairs = [(str(label), value) for label, value in data]
    top = max((v for _, v in pairs if v), default=0) or 1
    bars = []
    for n, (label, value) in enumerate(pairs):
        shown = "–" if value is None else fmt.format(value) + (f" {unit}" if unit else "")
        bars.append(Bar(label=label[:24], value=value or 0, text=shown,
                        y=TOP + n * ROW_HEIGHT,
                        width=round(BAR_AREA * (value or 0) / top, 1)))
    return BarChart(title=title, bars=bars, unit=unit)
