"""Every error leaves the server as JSON `{"detail": message, "code": code}`."""

from __future__ import annotations

import json

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException


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


def _describe(error: dict) -> str:
    location = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
    if error.get("type") == "json_invalid":
        ctx = error.get("ctx") or {}
        return (f"The request body is not valid JSON ({ctx.get('error', 'syntax error')}); "
                "send a JSON object.")
    return f"{location or 'request'}: {error.get('msg', 'invalid value')}"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError):
        return JSONResponse({"detail": exc.detail, "code": exc.code, **exc.extra},
                            status_code=exc.status, headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException):
        code = _STATUS_CODES.get(exc.status_code, "error")
        detail = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = "There is no such address on this server; check the URL."
        return JSONResponse({"detail": detail, "code": code}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError):
        errors = exc.errors()
        message = "; ".join(_describe(e) for e in errors[:5]) or "The request is not valid."
        return JSONResponse({"detail": message, "code": "invalid_request"}, status_code=422)
