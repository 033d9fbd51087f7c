"""The real-news judged set and its script: a run's claims are matched to the judged ones by document and slot texts,
and only matched claims count in the precision."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location("claims_realnews", ROOT / "scripts" / "claims_realnews.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _first_judged() -> dict[str, str]:
    with open(ROOT / "tests" / "claims_realnews" / "judged.tsv", encoding="utf-8", newline="") as fh:
        return next(csv.DictReader(fh, delimiter="\t"))


def _run(tmp_path: Path, claims: list[dict], doc_id: str, language: str) -> str:
    path = tmp_path / "run.jsonl"
    path.write_text(json.dumps({"id": doc_id, "language": language, "claims": claims}) + "\n", encoding="utf-8")
    return str(path)


def _claim(start: int, moved: str, origin: str, destination: str) -> dict:
    def slot(text: str) -> dict | None:
        return {"text": text} if text else None
    return {"type": "relocation", "evidence": {"start": start, "text": "..."}, "moved": slot(moved),
            "origin": slot(origin), "destination": slot(destination), "modality": "reported"}


def test_every_judged_row_has_a_verdict_and_a_listed_document() -> None:
    with open(ROOT / "tests" / "claims_realnews" / "judged.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    stems = {Path(p).stem for p in (ROOT / "tests" / "claims_realnews" / "documents.txt").read_text().split()}
    assert len(rows) >= 263
    assert {r["verdict"] for r in rows} <= {"TRUE", "FALSE"}
    assert all(r["document"] in stems for r in rows)


def test_a_judged_claim_counts_and_an_unknown_one_is_reported_not_judged(tmp_path, capsys) -> None:
    row = _first_judged()
    known = _claim(int(row["evidence_start"]), row["moved"], row["origin"], row["destination"])
    unknown = _claim(int(row["evidence_start"]) + 1, "nobody judged this", "", "Nowhere")
    _script().score([_run(tmp_path, [known, unknown], row["document"], row["language"])], listing=False)
    out = capsys.readouterr().out
    true = int(row["verdict"] == "TRUE")
    assert f"2 relocation claims: 1 judged, TRUE {true}, FALSE {1 - true}" in out
    assert "not judged 1" in out


def test_the_sheet_holds_only_the_claims_not_judged(tmp_path) -> None:
    row = _first_judged()
    known = _claim(int(row["evidence_start"]), row["moved"], row["origin"], row["destination"])
    unknown = _claim(int(row["evidence_start"]) + 1, "nobody judged this", "", "Nowhere")
    _script().sheet([_run(tmp_path, [known, unknown], row["document"], row["language"])], tmp_path / "sheet")
    key = json.loads((tmp_path / "sheet" / "key.json").read_text())
    assert [k[3] for k in key] == ["nobody judged this"]
    assert "nobody judged this" in (tmp_path / "sheet" / "sheet.md").read_text()
