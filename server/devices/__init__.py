"""End devices across the four registries: which registry serves which part of a device.

The Things Stack keeps one end device in four places (Identity, Join, Network and Application
Server). :mod:`.ownership` reads from our protos which registry serves each field path on read
and on write; :mod:`.field_masks` turns that into the field-mask paths each device RPC accepts.
The Join, Network and Application Server registries are :mod:`.join_registry`,
:mod:`.network_registry` and :mod:`.application_registry`, on the shared :mod:`.registry`;
:mod:`.frequency_plans` holds the plan IDs and bands the Network Server checks.
"""
