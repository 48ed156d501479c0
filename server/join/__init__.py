"""The Join Server: its part of an end device (root keys, nonces), in :mod:`.device_registry`."""
