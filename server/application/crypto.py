"""FRMPayload encryption (LoRaWAN 1.0.x/1.1 section 4.3.3; upstream ``pkg/crypto``).

The payload is XORed with the key stream ``S_i = AES128(key, A_i)`` for blocks i = 1..k, where
``A_i = 0x01 | 0x00 * 4 | Dir | DevAddr (LE) | FCnt (32-bit LE) | 0x00 | i``; Dir is 0 for
uplinks and 1 for downlinks. Encryption and decryption are the same operation.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

__all__ = ["frm_payload", "UPLINK", "DOWNLINK"]

UPLINK, DOWNLINK = 0, 1


def frm_payload(key: bytes, direction: int, dev_addr: bytes, f_cnt: int, payload: bytes) -> bytes:
    """``payload`` en- or decrypted with ``key`` (16 bytes); ``dev_addr`` big-endian, as stored."""
    if not payload:
        return b""
    k = (len(payload) + 15) // 16
    prefix = b"\x01\x00\x00\x00\x00" + bytes([direction]) + bytes(reversed(dev_addr.rjust(4, b"\x00")[-4:]))
    prefix += (f_cnt & 0xFFFFFFFF).to_bytes(4, "little") + b"\x00"
    blocks = b"".join(prefix + bytes([i & 0xFF]) for i in range(1, k + 1))
    encryptor = Cipher(algorithms.AES(bytes(key)), modes.ECB()).encryptor()
    stream = encryptor.update(blocks) + encryptor.finalize()
    return bytes(a ^ b for a, b in zip(payload, stream))
