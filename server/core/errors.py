"""Every error leaves the server as JSON `{"detail": message, "code": code}`."""

from __future__ import annotations

import json
import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("rounds.server")


class ApiError(Exception):
    """An error with an HTTP status, a machine code and a message a person can act on."""

    def __init__(self, status: int, code: str, detail: str, *, headers: dict | None = None,
                 extra: dict | None = None):
        super().__init__(detail)
        self.status, self.code, self.detail = status, code, detail
        self.headers, self.extra = headers or {}, extra or {}


def not_found(what: str = "The requested item") -> ApiError:
    return ApiError(404, "not_found", f"{what} does not exist or you may not see it.")


def forbidden(message: str = "You are not allowed to do this.") -> ApiError:
    return ApiError(403, "forbidden", message)


_STATUS_CODES = {400: "bad_request", 401: "not_authenticated", 403: "forbidden",
                 404: "not_found", 405: "method_not_allowed", 413: "body_too_large",
                 422: "invalid_request", 426: "schema_incompatible", 429: "too_many_attempts"}


class ErrorBody(BaseModel):
    """The body of every error answer. Some errors add fields (a 426 names the schema
    versions the server serves)."""

    model_config = ConfigDict(extra="allow")
    detail: str
    code: str


_DESCRIPTIONS = {
    400: "The request body could not be read.",
    401: "Not signed in, or the token is expired, revoked or unknown; sign in again.",
    403: "Signed in, but not allowed to do this.",
    404: "No such item, or one the caller may not see.",
    409: "Refused in the current state of the data (the message says why).",
    413: "The request body, or the batch, is larger than the server accepts.",
    422: "The request does not match this document (the message names the field).",
    426: "The client's schema version is one this server does not serve; update Rounds.",
    429: "Too many attempts; wait the Retry-After seconds.",
    503: "The server was busy with a conflicting change; retry after Retry-After seconds.",
}


def error_responses(*statuses: int) -> dict:
    """OpenAPI `responses` declaring these error statuses with the real error body."""
    return {status: {"model": ErrorBody, "description": _DESCRIPTIONS[status]}
            for status in statuses}


def _describe(error: dict) -> str:
    location = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
    if error.get("type") == "json_invalid":
        ctx = error.get("ctx") or {}
        return (f"The request body is not valid JSON ({ctx.get('error', 'syntax error')}); "
                "send a JSON object.")
    return f"{location or 'request'}: {error.get('msg', 'invalid value')}"


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route answers at the request's path (Starlette's own 405 names
    only the first route's, where GET and POST of one path are two routes)."""
    from starlette.routing import Match

    methods: set[str] = set()
    scope = {**request.scope, "method": "GET"}
    for route in request.app.routes:
        match, _ = route.matches(scope)
        if match != Match.NONE:
            methods |= set(getattr(route, "methods", None) or ())
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError):
        return JSONResponse({"detail": exc.detail, "code": exc.code, **exc.extra},
                            status_code=exc.status, headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException):
        code = _STATUS_CODES.get(exc.status_code, "error")
        detail = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        headers = getattr(exc, "headers", None)
        if exc.status_code == 404 and detail == "Not Found":
            detail = "There is no such address on this server; check the URL."
        if exc.status_code == 405:
            allowed = _allowed_methods(_request)
            detail = f"This address answers {', '.join(allowed)} only."
            headers = {**(headers or {}), "Allow": ", ".join(allowed)}
        return JSONResponse({"detail": detail, "code": code}, status_code=exc.status_code,
                            headers=headers)

    @app.exception_handler(DataError)
    async def _unstorable(_request: Request, exc: DataError):
        # A last guard: request models refuse such values (server.core.wire), and a push
        # checks every value (server.sync.values); one that still reaches the database is
        # the client's to correct, not a server error (the transaction was rolled back).
        log.warning("Refused a request value the database cannot store: %s", exc.orig)
        return JSONResponse({"detail": "A value in the request cannot be stored (text with a "
                             "NUL character, or a number out of range); correct it and send "
                             "the request again.", "code": "invalid_request"}, status_code=422)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError):
        errors = exc.errors()
        message = "; ".join(_describe(e) for e in errors[:5]) or "The request is not valid."
        return JSONResponse({"detail": message, "code": "invalid_request"}, status_code=422)
