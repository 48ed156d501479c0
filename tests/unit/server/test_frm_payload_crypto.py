"""FRMPayload encryption (LoRaWAN section 4.3.3): known answers, and an independent AES-CTR
construction of the same key stream."""

from __future__ import annotations

import os

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from server.application import crypto

KEY = bytes([1] * 16)
DEV_ADDR = bytes.fromhex("01020304")


def test_known_answers():
    # Key 01..01, DevAddr 01020304, FCnt 1, payload 01020304.
    assert crypto.frm_payload(KEY, crypto.UPLINK, DEV_ADDR, 1, bytes([1, 2, 3, 4])) == bytes.fromhex("CFF30B4E")
    assert crypto.frm_payload(KEY, crypto.DOWNLINK, DEV_ADDR, 1, bytes([1, 2, 3, 4])) == bytes.fromhex("4E75F440")
    # The same operation decrypts.
    assert crypto.frm_payload(KEY, crypto.DOWNLINK, DEV_ADDR, 1, bytes.fromhex("4E75F440")) == bytes([1, 2, 3, 4])
    assert crypto.frm_payload(KEY, crypto.UPLINK, DEV_ADDR, 1, b"") == b""


def _ctr(key: bytes, direction: int, dev_addr: bytes, f_cnt: int, payload: bytes) -> bytes:
    """A_1 as the initial counter block of AES-CTR: the block index is its last byte, so the
    128-bit counter increment walks A_1, A_2, ... (payloads under 256 blocks)."""
    a1 = bytes([1, 0, 0, 0, 0, direction]) + dev_addr[::-1] + f_cnt.to_bytes(4, "little") + bytes([0, 1])
    encryptor = Cipher(algorithms.AES(key), modes.CTR(a1)).encryptor()
    return encryptor.update(payload) + encryptor.finalize()


@pytest.mark.parametrize("length", [1, 15, 16, 17, 51, 242])
@pytest.mark.parametrize("direction", [crypto.UPLINK, crypto.DOWNLINK])
def test_matches_aes_ctr(length, direction):
    key, addr, payload = os.urandom(16), os.urandom(4), os.urandom(length)
    for f_cnt in (0, 1, 0xFFFF, 0x10000, 0xFFFFFFFF):
        assert crypto.frm_payload(key, direction, addr, f_cnt, payload) == _ctr(key, direction, addr, f_cnt, payload)
