"""Command line: redact a JSONL file of findings.

    python -m redaction [INPUT.jsonl] [-o OUTPUT.jsonl]

Reads JSONL (stdin by default); every line is an object with a "text" string, other keys are
passed through. Writes one line per input line, in order, adding "redacted" and "spans"
(each {"start", "end", "category", "reason"}, offsets into the original text) and
"suspects" (same shape: mentions that look protected but lacked the context to be redacted,
left in the text for a reviewer to check).

The whole input is validated before anything is written: a bad line (invalid JSON, not an
object, no "text" string) is reported on stderr with its line number, nothing is written to
the output and the exit status is 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

PROGRESS_MIN_LINES = 200


class InputError(ValueError):
    """A line of the input breaks the contract."""


def read_items(lines: Iterator[str]) -> list[tuple[int, dict | None]]:
    """Parse JSONL lines; blank lines are kept as None so output stays line-aligned."""
    items: list[tuple[int, dict | None]] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            items.append((n, None))
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {n}: invalid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(obj, dict):
            raise InputError(f"line {n}: expected a JSON object, got {type(obj).__name__}")
        if not isinstance(obj.get("text"), str):
            raise InputError(f'line {n}: missing "text" string')
        items.append((n, obj))
    return items


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m redaction", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("input", nargs="?", help="JSONL input (default: stdin)")
    parser.add_argument("-o", "--output", help="JSONL output (default: stdout)")
    parser.add_argument("--batch-size", type=int, default=64, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    try:
        if args.input:
            with open(args.input, encoding="utf-8") as fh:
                items = read_items(iter(fh))
        else:
            items = read_items(iter(sys.stdin))
    except InputError as exc:
        print(f"redaction: {exc}", file=sys.stderr)
        return 2
    except (OSError, UnicodeDecodeError) as exc:
        print(f"redaction: cannot read input: {exc}", file=sys.stderr)
        return 2

    from . import Redactor  # imported late so that a bad input fails fast

    redactor = Redactor()
    objs = [obj for _, obj in items if obj is not None]
    results = redactor.redact_many((o["text"] for o in objs), batch_size=args.batch_size)
    if sys.stderr.isatty() and len(objs) >= PROGRESS_MIN_LINES:
        from tqdm import tqdm

        results = tqdm(results, total=len(objs), file=sys.stderr, unit="doc")
    out_lines: list[str] = []
    it = iter(results)
    for _, obj in items:
        if obj is None:
            out_lines.append("")
            continue
        res = next(it)
        out = dict(obj)
        out["redacted"] = res.redacted
        out["spans"] = [s.to_dict() for s in res.spans]
        out["suspects"] = [s.to_dict() for s in res.suspects]
        line = json.dumps(out, ensure_ascii=False)
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates in the input: keep them as \u escapes
            line = json.dumps(out)
        out_lines.append(line)
    payload = "".join(line + "\n" for line in out_lines)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(payload)
    else:
        sys.stdout.write(payload)
    return 0


if __name__ == "__main__":
    sys.exit(main())
