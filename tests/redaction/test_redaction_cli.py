"""The command line, following the contract at the top of the scorer."""

from __future__ import annotations

import io
import json

import pytest

import redaction
from redaction import __main__ as cli

pytestmark = pytest.mark.slow


@pytest.fixture
def run(monkeypatch, capsys, redactor):
    monkeypatch.setattr(redaction, "Redactor", lambda: redactor)

    def _run(stdin: str, *args: str) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = cli.main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_one_output_line_per_input_line_in_order_with_keys_passed_through(run):
    lines = [
        {"id": "a", "text": "He is a Marine veteran.", "extra": 1},
        {"id": "b", "text": "Nothing to see."},
        {"id": "c", "text": "She is 34 and Catholic."},
    ]
    code, out, err = run("".join(json.dumps(x) + "\n" for x in lines))
    assert code == 0
    got = [json.loads(line) for line in out.splitlines()]
    assert [g["id"] for g in got] == ["a", "b", "c"]
    assert got[0]["extra"] == 1
    assert got[1]["spans"] == [] and got[1]["redacted"] == "Nothing to see."
    for g in got:
        for s in g["spans"]:
            assert set(s) == {"start", "end", "category", "reason"}
            assert 0 <= s["start"] < s["end"] <= len(g["text"])


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ('{"text": "ok"}\n{not json}\n', "line 2: invalid JSON"),
        ('{"text": "ok"}\n{"id": 1}\n', 'line 2: missing "text" string'),
        ("[1, 2]\n", "line 1: expected a JSON object"),
        ('{"text": 5}\n', 'line 1: missing "text" string'),
    ],
)
def test_a_bad_line_is_named_and_nothing_is_written(run, payload, message):
    code, out, err = run(payload)
    assert code == 2
    assert out == ""
    assert message in err
    assert "Traceback" not in err


def test_files_in_and_out(run, tmp_path):
    src = tmp_path / "in.jsonl"
    dst = tmp_path / "out.jsonl"
    src.write_text('{"id": 1, "text": "my wife is pregnant"}\n', encoding="utf-8")
    code, out, err = run("", str(src), "-o", str(dst))
    assert code == 0 and out == ""
    got = json.loads(dst.read_text(encoding="utf-8"))
    assert "wife" not in got["redacted"] and "pregnant" not in got["redacted"]


def test_lone_surrogates_do_not_break_the_output(run):
    code, out, err = run('{"id": 1, "text": "bad \\ud800 half, my wife"}\n')
    assert code == 0, err
    got = json.loads(out)
    assert "wife" not in got["redacted"]
