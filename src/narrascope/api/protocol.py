"""The HTTP/1.1 protocol `narrascope serve` runs: uvicorn's h11 one, whose answer to a request that is
not valid HTTP has the API's one JSON error shape rather than uvicorn's plain text.

Such a request never reaches the application: h11 refuses it while reading the request line. The
common case is a URL with raw UTF-8 in it (``curl 'http://host/api/articles?q=Пентагон'``), which
HTTP does not allow; percent-encoded (``?q=%D0%9F...``, what browsers send) it works.
"""

from __future__ import annotations

import json
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from ..errors import E_BAD_REQUEST
from .errors import error_body

NOT_HTTP = ("the request is not valid HTTP; a URL must be ASCII: percent-encode anything else "
            "(?q=%D0%9F... for ?q=П)")


class JsonErrorH11Protocol(H11Protocol):
    """uvicorn's h11 protocol; a request it cannot parse is answered 400 with ``{"error": {...}}`` (E420)."""

    def send_400_response(self, msg: str) -> None:
        body = json.dumps(error_body(E_BAD_REQUEST, NOT_HTTP, 400)).encode("utf-8")
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                   (b"connection", b"close")]
        for event in (h11.Response(status_code=400, headers=headers, reason=b"Bad Request"), h11.Data(data=body),
                      h11.EndOfMessage()):
            self.transport.write(self.conn.send(event) or b"")
        self.transport.close()


def uvicorn_config(app: Any, **options: Any) -> uvicorn.Config:
    """uvicorn's configuration for ``app``, with :class:`JsonErrorH11Protocol` as its HTTP protocol."""
    return uvicorn.Config(app, http=JsonErrorH11Protocol, **options)
