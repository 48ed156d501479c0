"""Webhook templates from a directory (``--webhook-templates DIR``; upstream ``io/web/templates.go``
with ``as.webhooks.templates.directory``).

The directory holds ``templates.yml``, a YAML list of template IDs, and one ``<id>.yml`` per
template in upstream's template format: ``template-id``, ``name``, ``description``,
``logo-url``, ``info-url``, ``documentation-url``, ``tts-documentation-url`` (read and not
served, as upstream), ``base-url``, ``headers``, ``format``, ``fields`` (``id``, ``name``,
``description``, ``secret``, ``default-value``, ``optional``), ``create-downlink-api-key``,
``paths`` (``uplink-message``, ``join-accept``, …, ``service-data``) and ``field-mask``.

Files are read on each call (a template edited on disk is served as edited). A Get or List
answers ``ids`` and ``name`` plus the asked paths, as upstream. Without a directory ttsl serves
no templates (upstream's default store reads them from GitHub, which ttsl does not reach):
``ListTemplates`` is empty and ``GetTemplate`` is ``template_not_found``. A file that is missing
is ``fetch`` with the cause ``file_not_found`` (404), one that is not YAML ``parse_file``.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Sequence

import yaml

from ttn.lorawan.v3 import applicationserver_web_pb2 as web_pb

from .... import fieldmask
from ....errors import Namespace

__all__ = ["TemplateStore", "TEMPLATE_PATHS"]

_web = Namespace("pkg/applicationserver/io/web")
ERR_TEMPLATE_NOT_FOUND = _web.not_found("template_not_found", "template `{template_id}` not found")
ERR_FETCH = _web.unknown("fetch", "fetching failed")
ERR_PARSE_FILE = _web.data_loss("parse_file", "parse file")
_fetch = Namespace("pkg/fetch")
ERR_FILE_NOT_FOUND = _fetch.not_found("file_not_found", "file `{filename}` not found")
ERR_READ_FILE = _fetch.data_loss("read_file", "read file `{filename}`")

TEMPLATE_PATHS = frozenset(fieldmask.paths_of(web_pb.ApplicationWebhookTemplate.DESCRIPTOR))
_IMPLICIT = ("ids", "name")
_MESSAGES = ("uplink_message", "uplink_normalized", "join_accept", "downlink_ack", "downlink_nack",
             "downlink_sent", "downlink_failed", "downlink_queued", "downlink_queue_invalidated",
             "location_solved", "service_data")


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _template(doc: Any) -> web_pb.ApplicationWebhookTemplate:
    if not isinstance(doc, dict):
        raise ERR_PARSE_FILE()
    t = web_pb.ApplicationWebhookTemplate(
        name=_text(doc.get("name")), description=_text(doc.get("description")),
        logo_url=_text(doc.get("logo-url")), info_url=_text(doc.get("info-url")),
        documentation_url=_text(doc.get("documentation-url")), base_url=_text(doc.get("base-url")),
        format=_text(doc.get("format")), create_downlink_api_key=bool(doc.get("create-downlink-api-key")),
    )
    t.ids.template_id = _text(doc.get("template-id"))
    headers = doc.get("headers") or {}
    if not isinstance(headers, dict):
        raise ERR_PARSE_FILE()
    for key, value in headers.items():
        t.headers[_text(key)] = _text(value)
    for field in doc.get("fields") or ():
        if not isinstance(field, dict):
            raise ERR_PARSE_FILE()
        t.fields.add(id=_text(field.get("id")), name=_text(field.get("name")),
                     description=_text(field.get("description")), secret=bool(field.get("secret")),
                     default_value=_text(field.get("default-value")), optional=bool(field.get("optional")))
    paths = doc.get("paths") or {}
    if not isinstance(paths, dict):
        raise ERR_PARSE_FILE()
    for name in _MESSAGES:
        path = paths.get(name.replace("_", "-"))
        if path is not None:
            getattr(t, name).path = _text(path)
    t.field_mask.paths.extend(_text(p) for p in doc.get("field-mask") or ())
    return t


class TemplateStore:
    def __init__(self, directory: Path | None) -> None:
        self._directory = directory

    def _read(self, filename: str) -> Any:
        assert self._directory is not None
        path = self._directory / filename
        try:
            text = path.read_bytes()
        except FileNotFoundError:
            raise ERR_FETCH(cause=ERR_FILE_NOT_FOUND(filename=filename)) from None
        except OSError:
            raise ERR_FETCH(cause=ERR_READ_FILE(filename=filename)) from None
        try:
            return yaml.safe_load(text)
        except yaml.YAMLError:
            raise ERR_PARSE_FILE() from None

    def _get(self, template_id: str) -> web_pb.ApplicationWebhookTemplate:
        return _template(self._read(f"{template_id}.yml"))

    def _ids(self) -> list[str]:
        ids = self._read("templates.yml") or []
        if not isinstance(ids, list):
            raise ERR_PARSE_FILE()
        return [_text(i) for i in ids]

    async def get(self, template_id: str, paths: Sequence[str]) -> web_pb.ApplicationWebhookTemplate:
        if self._directory is None:
            raise ERR_TEMPLATE_NOT_FOUND(template_id=template_id)
        template = await asyncio.to_thread(self._get, template_id)
        return fieldmask.filter_message(template, [*_IMPLICIT, *paths])

    async def list(self, paths: Sequence[str]) -> web_pb.ApplicationWebhookTemplates:
        if self._directory is None:
            return web_pb.ApplicationWebhookTemplates()

        def read_all() -> list[web_pb.ApplicationWebhookTemplate]:
            return [self._get(template_id) for template_id in self._ids()]

        templates = await asyncio.to_thread(read_all)
        return web_pb.ApplicationWebhookTemplates(
            templates=[fieldmask.filter_message(t, [*_IMPLICIT, *paths]) for t in templates])
