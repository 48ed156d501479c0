"""Test support: real servers on free ports, and one client API over both transports."""
