"""Requests generated from the API's own OpenAPI description (schemathesis, in process): whatever a
client sends, the answer is never a server error, and every error has the one envelope.

Writes carry the token, so that request bodies get past the door and are read; the server's
limits are made small (two articles a batch) so that the jobs they start stay short. The number of
requests per endpoint is bounded (``EXAMPLES``) to keep the suite within its time.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from schemathesis.generation import GenerationMode  # noqa: E402

from narrascope.api import ServerConfig, create_app  # noqa: E402
from narrascope.settings import DEFAULT  # noqa: E402
from narrascope.store import Store, ingest  # noqa: E402

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "sample"
TOKEN = "fuzz-token"
EXAMPLES = 60  # per endpoint, valid and invalid requests mixed: about 25 endpoints, 15-30 s on two cores


@pytest.fixture(scope="module")
def app(tmp_path_factory, analyser):  # type: ignore[no-untyped-def]
    db = tmp_path_factory.mktemp("fuzz") / "fuzz.db"
    with Store(db) as store:
        ingest(store, analyser, [SAMPLE / "en_isis_afghanistan.txt", SAMPLE / "ru_biolabs.txt"])
    limits = dataclasses.replace(DEFAULT, api_max_batch_articles=2, api_analyse_wait_seconds=1.0)
    config = ServerConfig(db=db, token=TOKEN, settings=limits, load_analyser_at_start=False,
                          allow_hosts=("testserver",))  # the name the in-process client sends
    application = create_app(config, make_analyser=lambda c: dataclasses.replace(analyser, catalogue=c))
    yield application
    application.state.narrascope.jobs.wait()


@pytest.fixture(scope="module")
def operations(app):  # type: ignore[no-untyped-def]
    """Every operation of the OpenAPI description the application serves (read from it, in process)."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    return [result.ok() for result in schema.get_all_operations()]


def envelope_problem(response) -> str | None:  # type: ignore[no-untyped-def]
    """What is wrong with an error answer's shape, or None when it is the one envelope."""
    if response.status_code < 400:
        return None
    try:
        body = response.json()
    except ValueError:
        return f"an error that is not JSON: {response.text[:200]!r}"
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict) or set(body) != {"error"}:
        return f"not the error envelope: {body!r:.200}"
    if not (str(error.get("code", "")).startswith("E") and error.get("message") and
            error.get("status") == response.status_code and "where" in error):
        return f"an envelope without code, message, where or the right status: {error!r:.200}"
    return None


def test_no_request_gets_a_server_error_nor_an_error_without_the_envelope(operations):  # type: ignore[no-untyped-def]
    """Valid requests and invalid ones (wrong types, missing fields, out-of-range values), per operation.

    What goes wrong is collected, not raised: every endpoint is driven, and the report names each
    request that failed (a raised error would stop at the first endpoint)."""
    assert len(operations) >= 20  # the description lists every endpoint
    problems: list[str] = []
    for operation in operations:
        cases = st.one_of(operation.as_strategy(GenerationMode.POSITIVE),
                          operation.as_strategy(GenerationMode.NEGATIVE))

        @given(case=cases)
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def drive(case) -> None:  # type: ignore[no-untyped-def]
            request = f"{case.method} {case.formatted_path} query={case.query} body={str(case.body)[:200]}"
            try:
                response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
            except Exception as err:  # the application raised: a 500 for a real client
                problems.append(f"{request}: raised {type(err).__name__}: {err}")
                return
            problem = "a server error" if response.status_code >= 500 else envelope_problem(response)
            if problem:
                problems.append(f"{request}: {response.status_code}: {problem}")

        drive()
    assert problems == []


def test_the_envelope_check_can_fail() -> None:
    class Answer:
        def __init__(self, status: int, body: object) -> None:
            self.status_code, self._body, self.text = status, body, str(body)

        def json(self) -> object:
            return self._body

    assert envelope_problem(Answer(422, {"detail": "bad"})) is not None
    assert envelope_problem(Answer(404, {"error": {"code": "E422", "message": "no", "where": None, "status": 500}}))
    assert envelope_problem(Answer(404, {"error": {"code": "E422", "message": "no", "where": None, "status": 404}})) \
        is None
