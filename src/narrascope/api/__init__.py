"""The REST API and the dashboard in one ASGI application (``narrascope serve``).

:func:`create_app` builds it for a store; the endpoints are listed at ``/docs`` (Swagger UI,
served from the swagger-ui-bundle package, no CDN) and described in ``docs/api.md``.
"""

from .app import CSP, create_app
from .state import ServerConfig, check_bind

__all__ = ["CSP", "ServerConfig", "check_bind", "create_app"]
