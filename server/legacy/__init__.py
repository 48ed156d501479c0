"""Legacy APIs served next to the v3 API, on the same store: the TTN v2 handler's
``ApplicationManager`` over HTTP (:mod:`.handler`)."""

from .handler import ApplicationManager

__all__ = ["ApplicationManager"]
