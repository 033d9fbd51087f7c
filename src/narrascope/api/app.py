"""The ASGI application: the REST API, the dashboard and their static files, in one process.

>>> app = create_app(ServerConfig(db=Path("monitor.db"), token="s3cret"))  # doctest: +SKIP
>>> uvicorn.run(app, host="127.0.0.1", port=8000)                       # doctest: +SKIP
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import E_HOST, NarrascopeError
from . import errors
from .routes import router
from .state import ServerConfig, ServerState, host_name

if TYPE_CHECKING:
    from ..catalogue import Catalogue
    from ..engine import Analyser

#: No script but our own files, no inline script or style, nothing from another origin; article text
#: is data and can never run, even if a page forgot to escape it.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
_HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY"),
            (b"cross-origin-opener-policy", b"same-origin")]


def create_app(config: ServerConfig, make_analyser: Callable[[Catalogue], Analyser] | None = None) -> FastAPI:
    """The application for one store; ``make_analyser`` builds the analyser for a catalogue."""
    from ..alerts.web import router as alerts_router
    from ..dashboard import pages, static_dir

    app = FastAPI(title="narrascope", version=__version__, docs_url=None, redoc_url=None,
                  description="Track disinformation narratives in multilingual news. Reads are open; writes "
                              "(ingest, re-analysis, the catalogue) need `Authorization: Bearer TOKEN`. Every "
                              "failure answers `{\"error\": {\"code\", \"message\", \"where\", \"status\"}}`.")
    app.state.narrascope = ServerState(config, make_analyser)
    app.state.error_page = pages.error_page  # what api/errors answers a browser with
    app.add_exception_handler(NarrascopeError, errors.on_narrascope_error)
    app.add_exception_handler(RequestValidationError, errors.on_validation_error)
    app.add_exception_handler(StarletteHTTPException, errors.on_http_error)
    app.add_exception_handler(Exception, errors.on_unexpected)
    app.include_router(router)
    app.include_router(alerts_router)
    app.include_router(pages.router)
    swagger = _swagger_dir()
    if swagger is not None:  # before /static, which would take its paths otherwise
        app.mount("/static/swagger", StaticFiles(directory=swagger), name="swagger")
    app.mount("/static", StaticFiles(directory=static_dir()), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(_DOCS_PAGE if swagger is not None else _NO_DOCS_PAGE)

    @app.get("/openapi-3.0.json", include_in_schema=False)
    def openapi_30() -> dict[str, Any]:
        return as_openapi_30(app.openapi())

    app.add_middleware(HeadAsGet)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, limit=config.settings.api_max_request_bytes)
    app.add_middleware(HostCheck, config=config)  # added last: the first to see a request
    return app


def as_openapi_30(description: dict[str, Any]) -> dict[str, Any]:
    """The OpenAPI 3.1 description FastAPI writes, told in OpenAPI 3.0 for the Swagger UI that
    swagger-ui-bundle ships (4.x, which refuses 3.1): a null alternative becomes ``nullable``, the
    only difference this API's description has.

    >>> as_openapi_30({"openapi": "3.1.0", "x": {"anyOf": [{"type": "string"}, {"type": "null"}]}})
    {'openapi': '3.0.3', 'x': {'type': 'string', 'nullable': True}}
    """
    def convert(node: Any) -> Any:
        if isinstance(node, list):
            return [convert(item) for item in node]
        if not isinstance(node, dict):
            return node
        out = {key: convert(value) for key, value in node.items()}
        options = out.get("anyOf")
        if isinstance(options, list) and {"type": "null"} in options:
            rest = [o for o in options if o != {"type": "null"}]
            del out["anyOf"]
            out.update(rest[0] if len(rest) == 1 else {"anyOf": rest})
            out["nullable"] = True
        return out

    converted: dict[str, Any] = convert(description)
    converted["openapi"] = "3.0.3"
    return converted


def _swagger_dir() -> str | None:
    """Swagger UI's files from the swagger-ui-bundle package: /docs works offline, with no CDN."""
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:
        return None
    return str(swagger_ui_path)


_DOCS_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>narrascope API</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/static/swagger/swagger-ui.css"></head><body><div id="swagger-ui"></div>
<script src="/static/swagger/swagger-ui-bundle.js"></script><script src="/static/docs.js"></script></body></html>"""
_NO_DOCS_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>narrascope API</title>
<link rel="icon" href="data:,"></head>
<body><p>The interactive documentation needs the swagger-ui-bundle package. The OpenAPI description is at
<a href="/openapi.json">/openapi.json</a>.</p></body></html>"""


class HeadAsGet:
    """HEAD is answered as GET, without the body (RFC 9110): FastAPI's routes take only the methods they
    name, and a monitor probing ``HEAD /api/health`` should not be told 405."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, without_body)


class SecurityHeaders:
    """Adds the Content Security Policy and its companions to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in _HEADERS if h[0] not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class HostCheck:
    """Answers only requests whose ``Host`` names this server (:meth:`ServerConfig.answers_for`): a page on
    another site that points its own DNS name at this address gets E427, not the store's contents."""

    def __init__(self, app: ASGIApp, config: ServerConfig) -> None:
        self.app = app
        self.config = config

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            given = dict(scope.get("headers", [])).get(b"host")
            host = given.decode("latin-1") if given is not None else None
            if host is not None and not self.config.answers_for(host):
                message = (f"this server does not answer for the host {host_name(host)!r}; start it with "
                           f"--allow-host {host_name(host)} if that name is yours")
                await _reply(send, 400, errors.error_body(E_HOST, message, 400))
                return
        await self.app(scope, receive, send)


class BodyLimit:
    """Refuses a body above ``limit`` bytes (E424, HTTP 413), by its Content-Length or, when it has none,
    as soon as the bytes received pass the limit: a client cannot make the server buffer a huge body."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _reply(send, 413, errors.too_large(self.limit))
            return
        seen = 0
        refused = False

        async def counting_receive() -> Message:
            # Past the limit we answer 413 ourselves and tell the application the client has gone:
            # it stops reading, and whatever it still sends is dropped.
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    refused = True
                    await _reply(send, 413, errors.too_large(self.limit))
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            if not refused:
                await send(message)

        await self.app(scope, counting_receive, guarded_send)


async def _reply(send: Send, status: int, body: dict[str, Any]) -> None:
    data = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode()),
                            *_HEADERS]})
    await send({"type": "http.response.body", "body": data})
