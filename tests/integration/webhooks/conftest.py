"""The API fixtures (client, keys) shared with the API tests."""

from tests.integration.api.conftest import Keys, api, keys  # noqa: F401
