"""How the REST API reads what a client sends: bodies, query parameters, and what it refuses up front.

The application and the sample store are those of ``test_api``.
"""

from __future__ import annotations

import pytest
import test_api
from test_api import AUTH, _error, _finish, _rows

sample_db, client, writable = test_api.sample_db, test_api.client, test_api.writable  # the same fixtures

# --- POST /api/reanalyse takes its flag as every POST takes its fields: in the JSON body ----------


def test_reanalyse_everything_given_in_the_body_redoes_every_analysis(writable) -> None:
    client, db = writable
    stored = _rows(db, "SELECT count(*) FROM analyses")[0][0]
    nothing_stale = _finish(client, client.post("/api/reanalyse", json={}, headers=AUTH).json())
    assert nothing_stale["state"] == "done" and nothing_stale["progress"].get("reanalysed", 0) == 0
    everything = _finish(client, client.post("/api/reanalyse", json={"everything": True}, headers=AUTH).json())
    assert everything["state"] == "done" and everything["progress"]["reanalysed"] == stored


def test_reanalyse_without_a_body_redoes_the_stale_analyses(writable) -> None:
    client, _ = writable
    answer = client.post("/api/reanalyse", headers=AUTH)
    assert answer.status_code == 202, answer.text
    assert _finish(client, answer.json())["state"] == "done"


@pytest.mark.parametrize("body", [{"bogus": 1}, {"everything": "yes"}, {"everything": 1}, {"everything": None}])
def test_reanalyse_refuses_an_unknown_field_or_a_truth_value_that_is_not_true_or_false(client, body) -> None:
    field = next(iter(body))
    assert field in _error(client.post("/api/reanalyse", json=body, headers=AUTH), 422, "E420")["message"]


@pytest.mark.parametrize("value", ["yes", "1", "on", "True", ""])
def test_reanalyse_in_the_query_takes_only_true_or_false(client, value: str) -> None:
    error = _error(client.post(f"/api/reanalyse?everything={value}", headers=AUTH), 422, "E420")
    assert "everything" in error["message"]


def test_reanalyse_refuses_two_different_answers_for_everything(client) -> None:
    answer = client.post("/api/reanalyse?everything=false", json={"everything": True}, headers=AUTH)
    assert "given twice" in _error(answer, 422, "E420")["message"]
