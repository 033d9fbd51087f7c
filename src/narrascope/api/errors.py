"""One JSON error shape for every failure, and the HTTP status each error code is answered with.

    {"error": {"code": "E422", "message": "no article 99", "where": null, "status": 404}}

A catalogue error also names its ``line`` and ``field``. A browser asking for a dashboard page gets
the dashboard's HTML error page instead, through the renderer the application registers as
``app.state.error_page`` (this module knows no page).
"""

from __future__ import annotations

from typing import Any, TypeVar

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import (
    E_AUTH,
    E_BAD_REQUEST,
    E_BUSY,
    E_METHOD,
    E_NOT_FOUND_API,
    E_PAGE_SIZE,
    E_REQUEST_SIZE,
    E_STORE_MISSING,
    E_STORE_TABLE,
    CatalogueError,
    NarrascopeError,
    UsageError,
)

T = TypeVar("T")

_STATUS = {E_BAD_REQUEST: 422, E_AUTH: 401, E_NOT_FOUND_API: 404, E_PAGE_SIZE: 422, E_REQUEST_SIZE: 413,
           E_BUSY: 409, E_STORE_TABLE: 422, E_STORE_MISSING: 404, E_METHOD: 405}


def status_of(err: NarrascopeError) -> int:
    """Input, catalogue and usage errors are the caller's (4xx); store and backend failures are ours (5xx)."""
    if err.code in _STATUS:
        return _STATUS[err.code]
    family = err.code[:2]
    return {"E1": 422, "E2": 422, "E4": 400, "E6": 502}.get(family, 500)


def error_body(code: str, message: str, status: int, where: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "where": where, "status": status, **extra}}


def located(err: CatalogueError) -> dict[str, Any]:
    """A catalogue error's line and field (:attr:`CatalogueError.line`, :attr:`CatalogueError.field`)."""
    return {"line": err.line, "field": err.field}


def respond(request: Request, err: NarrascopeError) -> Response:
    status = status_of(err)
    if _wants_page(request):
        return _page(request, status, err.code, err.message)
    extra = located(err) if isinstance(err, CatalogueError) else {}
    return JSONResponse(error_body(err.code, err.message, status, err.where, **extra), status_code=status)


def _wants_page(request: Request) -> bool:
    """A dashboard page (not the API) asked for by a browser gets an HTML error page."""
    path = request.url.path
    return (not path.startswith(("/api/", "/static/", "/openapi")) and request.method == "GET"
            and "text/html" in request.headers.get("accept", ""))


def _page(request: Request, status: int, code: str, message: str) -> Response:
    render = getattr(request.app.state, "error_page", None)
    if render is None:
        return JSONResponse(error_body(code, message, status), status_code=status)
    response: Response = render(request, status, code, message)
    return response


async def on_narrascope_error(request: Request, err: Exception) -> Response:
    assert isinstance(err, NarrascopeError)
    return respond(request, err)


async def on_validation_error(request: Request, err: Exception) -> Response:
    assert isinstance(err, RequestValidationError)
    problems = []
    for e in err.errors()[:10]:
        place = ".".join(str(p) for p in e.get("loc", ()) if p not in ("body", "query", "path"))
        problems.append(_body_problem(request, e) or f"{place or 'request'}: {_plain(e.get('msg', 'invalid'))}")
    message = "; ".join(problems) or "invalid request"
    if _wants_page(request):
        return _page(request, 422, E_BAD_REQUEST, message)
    return JSONResponse(error_body(E_BAD_REQUEST, message, 422), status_code=422)


_JSON_TYPES = ("application/json", "+json")


def _body_problem(request: Request, e: Any) -> str | None:
    """What is wrong with the body as a whole, said plainly: not JSON, or JSON that is no object."""
    loc = tuple(e.get("loc", ()))
    if e.get("type") == "json_invalid":
        at = loc[1] if len(loc) > 1 else "?"
        return f"the body is not valid JSON (at character {at}: {e.get('ctx', {}).get('error', 'cannot be read')})"
    if loc == ("body",) and e.get("type") in ("model_attributes_type", "dict_type", "model_type"):
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if not media.endswith(_JSON_TYPES):
            came = f"it came as {media}" if media else "it came with no Content-Type"
            return f"the body must be a JSON object sent with Content-Type: application/json ({came})"
        return "the body must be a JSON object ({...}), not a list, a string or a number"
    return None


def _plain(message: str) -> str:
    """pydantic's message without its 'Value error, ' prefix (a check of ours said it)."""
    return message.removeprefix("Value error, ")


def _not_allowed(request: Request, err: StarletteHTTPException) -> str:
    allowed = (getattr(err, "headers", None) or {}).get("Allow", "")
    return f"{request.url.path} does not take {request.method}" + (f"; it takes {allowed}" if allowed else "")


async def on_http_error(request: Request, err: Exception) -> Response:
    assert isinstance(err, StarletteHTTPException)
    code = {404: E_NOT_FOUND_API, 405: E_METHOD}.get(err.status_code, E_BAD_REQUEST)
    message = {404: "no such endpoint", 405: _not_allowed(request, err)}.get(err.status_code, str(err.detail))
    # a body the framework could not parse (not JSON, not UTF-8) is a malformed request like any other: E420, 422
    status = 422 if err.status_code == 400 else err.status_code
    if _wants_page(request):
        return _page(request, status, code, "no such page" if status == 404 else message)
    return JSONResponse(error_body(code, message, status), status_code=status, headers=getattr(err, "headers", None))


async def on_unexpected(request: Request, err: Exception) -> Response:
    message = f"internal error ({type(err).__name__})"
    if _wants_page(request):
        return _page(request, 500, "E000", message)
    return JSONResponse(error_body("E000", message, 500), status_code=500)


def found(value: T | None, what: str) -> T:
    """``value``, or a 404 (E422) naming what was asked for: one rule for the API and the dashboard."""
    if value is None:
        raise UsageError(f"no {what}", code=E_NOT_FOUND_API)
    return value


def only_known_query(request: Request) -> None:
    """A query parameter the endpoint does not take (a typo such as ``narative=``) is refused (E420) rather
    than ignored, which would answer as if no filter had been asked for."""
    route = request.scope.get("route")
    if getattr(route, "dependant", None) is None:
        return
    known = _query_names(route)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        takes = f"it takes {', '.join(sorted(known))}" if known else "it takes none"
        raise UsageError(f"unknown query parameter {unknown[0]!r} ({takes})", where=request.url.path,
                         code=E_BAD_REQUEST)


def _query_names(route: Any) -> frozenset[str]:
    """The query parameters a route reads, its dependencies' included."""
    names: set[str] = set()
    todo = [route.dependant]
    while todo:
        dependant = todo.pop()
        names.update(p.alias for p in dependant.query_params)
        todo.extend(dependant.dependencies)
    return frozenset(names)


def too_large(limit: int) -> dict[str, Any]:
    return error_body(E_REQUEST_SIZE, f"the request body is larger than {limit} bytes (api_max_request_bytes)", 413)
