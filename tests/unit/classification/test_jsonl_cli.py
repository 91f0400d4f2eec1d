"""The JSON Lines contract, in process and as a subprocess."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from service.classification import VERSION, classify_jsonl, main

ROOT = Path(__file__).resolve().parents[3]
GOOD = {
    "id": "a1",
    "title": "Two soldiers killed in shelling near Avdiivka",
    "summary": "",
    "published": "2024-05-15T07:00:00Z",
}
FIELDS = {
    "id",
    "incident",
    "confidence",
    "event_type",
    "perpetrator",
    "target",
    "target_is_state_forces",
    "country",
    "location",
    "event_date",
    "killed",
    "wounded",
    "claims",
    "hedged",
    "mentions_ceasefire",
    "evidence",
    "classifier_version",
}


def test_answer_has_every_contract_field():
    out = json.loads(next(classify_jsonl([json.dumps(GOOD)])))
    assert set(out) == FIELDS
    assert out["id"] == "a1" and out["incident"] is True and out["classifier_version"] == VERSION
    assert 0.0 <= out["confidence"] <= 1.0


def test_invalid_lines_get_an_error_and_the_run_goes_on():
    lines = [
        "not json at all",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no id"}),
        json.dumps({"id": "b2", "title": 42}),
        json.dumps({"id": "b3", "title": "x", "published": "yesterday-ish"}),
        json.dumps({"id": "b4", "title": "", "summary": "", "published": None}),
        json.dumps(GOOD),
    ]
    outs = [json.loads(o) for o in classify_jsonl(lines)]
    assert len(outs) == 7
    assert outs[0]["id"] is None and outs[0]["error"].startswith("line 1:")
    assert "error" in outs[1] and "error" in outs[2]
    assert outs[3]["id"] == "b2" and "title" in outs[3]["error"]
    assert outs[4]["id"] == "b3" and "published" in outs[4]["error"]
    assert outs[5]["id"] == "b4" and outs[5]["incident"] is False
    assert outs[6]["id"] == "a1" and outs[6]["incident"] is True


def test_main_streams_in_order():
    src = io.StringIO("\n".join(json.dumps({**GOOD, "id": f"x{i}"}) for i in range(5)) + "\n")
    dst = io.StringIO()
    assert main(src, dst) == 0
    assert [json.loads(line)["id"] for line in dst.getvalue().splitlines()] == [f"x{i}" for i in range(5)]


def test_cli_subprocess():
    stdin = (
        json.dumps(GOOD)
        + "\n{broken\n"
        + json.dumps({**GOOD, "id": "a2", "title": "Rain expected on Friday"})
        + "\n"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "service.classification"],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    outs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in outs] == ["a1", None, "a2"]
    assert outs[0]["incident"] is True and "error" in outs[1] and outs[2]["incident"] is False


def test_import_stays_light():
    code = (
        "import sys, service.classification; "
        "bad = [m for m in ('sqlalchemy', 'fastapi', 'celery') if m in sys.modules]; print(bad)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert proc.stdout.strip() == "[]"


def test_cli_answers_each_line_before_input_ends():
    proc = subprocess.Popen(
        [sys.executable, "-m", "service.classification"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(json.dumps(GOOD) + "\n")
        proc.stdin.flush()
        first = json.loads(proc.stdout.readline())  # stdin still open: the answer must already be out
        assert first["id"] == "a1"
    finally:
        proc.kill()
        proc.wait(timeout=10)
