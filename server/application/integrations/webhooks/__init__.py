"""Webhooks of the Application Server (upstream ``pkg/applicationserver/io/web``).

* ``registry.py``: ``ApplicationWebhookRegistry`` (formats, templates, Get/List/Set/Delete);
* ``templates.py``: webhook templates read from a directory of YAML files;
* ``formats.py``: how a body is written (``json``, ``protobuf``) and downlinks are read;
* ``requests.py``: the HTTP request of one ApplicationUp for one webhook;
* ``delivery.py``: the sink: a fan-out subscription, a bounded queue of requests, workers that
  send them, health tracking and optional retries;
* ``downlinks.py``: ``…/webhooks/{id}/devices/{dev}/down/push|replace``, where receivers queue
  downlinks.
"""
