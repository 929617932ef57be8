"""Blind batches, once scored, are a regression check: the pass must stay above its floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

BATCHES = Path(__file__).parent / "batches"
# Floors: the figures this pass reached after the batches joined the development data.
FLOORS = {
    "batch-1.jsonl": {"recall": 0.92, "keep": 0.94},
    "batch-2.jsonl": {"recall": 0.85, "keep": 0.92},
    "batch-3.jsonl": {"recall": 0.92, "keep": 0.95},
    "batch-4.jsonl": {"recall": 0.88, "keep": 0.96},
    "batch-5.jsonl": {"recall": 0.84, "keep": 0.92},
    "batch-6.jsonl": {"recall": 0.83, "keep": 0.93},
    "batch-7.jsonl": {"recall": 0.66, "keep": 0.89},
    "batch-8.jsonl": {"recall": 0.77, "keep": 0.90},
    "batch-9.jsonl": {"recall": 0.76, "keep": 0.96},
    "batch-10.jsonl": {"recall": 0.78, "keep": 0.94},
    "batch-11.jsonl": {"recall": 0.80, "keep": 0.92},
    "batch-12.jsonl": {"recall": 0.78, "keep": 0.93},
    "batch-13.jsonl": {"recall": 0.78, "keep": 0.94},
    "batch-14.jsonl": {"recall": 0.77, "keep": 0.94},
    "batch-15.jsonl": {"recall": 0.76, "keep": 0.96},
    "batch-16.jsonl": {"recall": 0.72, "keep": 0.92},
    "batch-17.jsonl": {"recall": 0.78, "keep": 0.92},
    "batch-18.jsonl": {"recall": 0.80, "keep": 0.96},
    "batch-19.jsonl": {"recall": 0.72, "keep": 0.93},
    "batch-20.jsonl": {"recall": 0.79, "keep": 0.90},
    "batch-21.jsonl": {"recall": 0.69, "keep": 0.92},
    "batch-22.jsonl": {"recall": 0.59, "keep": 0.91},
    "batch-23.jsonl": {"recall": 0.81, "keep": 0.89},
    "batch-24.jsonl": {"recall": 0.62, "keep": 0.85},
    "batch-25.jsonl": {"recall": 0.79, "keep": 0.95},
    "batch-26.jsonl": {"recall": 0.77, "keep": 0.90},
    "batch-27.jsonl": {"recall": 0.56, "keep": 0.91},
    "batch-28.jsonl": {"recall": 0.76, "keep": 0.94},
    "batch-29.jsonl": {"recall": 0.81, "keep": 0.92},
    "batch-30.jsonl": {"recall": 0.77, "keep": 0.94},
    "batch-31.jsonl": {"recall": 0.68, "keep": 0.92},
    "batch-32.jsonl": {"recall": 0.68, "keep": 0.88},
    "batch-33.jsonl": {"recall": 0.73, "keep": 0.94},
    "batch-34.jsonl": {"recall": 0.80, "keep": 0.90},
    "batch-35.jsonl": {"recall": 0.78, "keep": 0.94},
    "batch-36.jsonl": {"recall": 0.80, "keep": 0.94},
    "batch-37.jsonl": {"recall": 0.76, "keep": 0.94},
    "batch-38.jsonl": {"recall": 0.72, "keep": 0.96},
    "batch-39.jsonl": {"recall": 0.75, "keep": 0.88},
    "batch-40.jsonl": {"recall": 0.71, "keep": 0.92},
    "batch-41.jsonl": {"recall": 0.74, "keep": 0.91},
    "batch-42.jsonl": {"recall": 0.73, "keep": 0.81},
    "batch-43.jsonl": {"recall": 0.70, "keep": 0.88},
    "batch-44.jsonl": {"recall": 0.68, "keep": 0.93},
    "batch-45.jsonl": {"recall": 0.71, "keep": 0.88},
    "batch-46.jsonl": {"recall": 0.69, "keep": 0.89},
    "batch-47.jsonl": {"recall": 0.70, "keep": 0.94},
    "batch-48.jsonl": {"recall": 0.65, "keep": 0.92},
    "batch-49.jsonl": {"recall": 0.86, "keep": 0.91},
    "batch-50.jsonl": {"recall": 0.88, "keep": 0.91},
    "batch-51.jsonl": {"recall": 0.87, "keep": 0.92},
    "batch-52.jsonl": {"recall": 0.83, "keep": 0.90},
    "batch-53.jsonl": {"recall": 0.75, "keep": 0.85},
    "batch-54.jsonl": {"recall": 0.83, "keep": 0.87},
    "batch-55.jsonl": {"recall": 0.67, "keep": 0.92},
    "batch-56.jsonl": {"recall": 0.76, "keep": 0.89},
}


def _alnum(text: str, start: int, end: int) -> list[int]:
    return [i for i in range(start, end) if text[i].isalnum()]


def _score(redactor, items: list[dict]) -> dict[str, float]:
    caught = total = kept = keeps = 0
    for item, result in zip(items, redactor.redact_many(i["text"] for i in items), strict=True):
        text = item["text"]
        hidden = {i for s in result.spans for i in range(s.start, s.end)}
        for span in item["protected"]:
            total += 1
            caught += all(i in hidden for i in _alnum(text, span["start"], span["end"]))
        for span in item["keep"]:
            keeps += 1
            kept += not any(i in hidden for i in _alnum(text, span["start"], span["end"]))
    return {"recall": caught / total, "keep": kept / keeps}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_batch_stays_above_its_floor(redactor, name):
    items = [json.loads(line) for line in (BATCHES / name).read_text().splitlines() if line]
    figures = _score(redactor, items)
    for metric, floor in FLOORS[name].items():
        assert figures[metric] >= floor, (name, figures)
