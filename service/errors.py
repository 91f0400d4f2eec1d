"""Domain errors that carry their HTTP status, so routes never translate by hand."""

from __future__ import annotations

from typing import Any


class ServiceError(Exception):
    status_code = 400
    detail = "bad request"

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.detail.format(**self.params)


class NotFound(ServiceError):
    status_code = 404
    detail = "not found"


class Conflict(ServiceError):
    status_code = 409
    detail = "conflict"


class Invalid(ServiceError):
    status_code = 422
    detail = "{reason}"
