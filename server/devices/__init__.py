"""End devices across the four registries: what the registries share.

The Things Stack keeps one end device in four places (Identity, Join, Network and Application
Server). :mod:`.ownership` reads from our protos which registry serves each field path on read
and on write; :mod:`.field_masks` turns that into the field-mask paths each device RPC accepts;
:mod:`.registry` is the Get, Set and Delete the Join, Network and Application Server registries
(server/join, server/network, server/application ``device_registry.py``) build on.
"""
