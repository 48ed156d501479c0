"""The Application Server: its part of an end device (:mod:`.device_registry`), links and
formatters, the downlink queue, simulated uplinks, packages and the storage integration."""
