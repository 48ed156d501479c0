"""The Application Server: what it serves besides its end-device registry (server/devices)."""
