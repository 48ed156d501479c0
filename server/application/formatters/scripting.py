"""A JavaScript engine for payload formatters: V8 through mini-racer, bounded in time and memory.

Upstream (``pkg/scripting/javascript``) runs every call in a fresh goja VM: the program runs its
top level, then the entry point is called with the input, all of it interrupted after the
script timeout (100 ms). Here, likewise:

* every call gets a V8 isolate of its own, made for it and closed after it: nothing a script
  does (globals, sloppy-mode assignments, changed built-ins) outlives its call, and no two
  calls (of one application or of two with the same script) share any state;
* isolates run on threads of their own (mini-racer's), so the event loop never waits on a
  script. At most ``max_isolates`` isolates (by default twice the CPUs) are alive at once,
  counting those being set up and those being closed; a call waits for a slot, and that wait
  counts against the call's timeout, which runs from the call's arrival (setting the isolate
  up, compiling the program, does not count; it has a bound of its own). A call still queued or
  still running when its time is over fails with ``script_timeout`` (the script is terminated
  in V8);
* each isolate has a hard heap limit; a script that reaches it is terminated
  (``script_interrupt``: upstream's goja has no memory limit, this is its error for a VM
  interrupted for another reason than the timeout). Array buffers live outside that heap, so
  their constructors (and the methods that make new ones) are wrapped to charge a budget of
  ``MAX_BUFFER_BYTES`` per call; going over it throws a ``RangeError`` (``script``).
  ``SharedArrayBuffer``, ``Atomics``, ``WebAssembly`` and resizable/transferable buffers, which
  goja does not have either, are removed;
* values cross as JSON made inside the isolate with the intrinsics taken before the script
  ran; what JSON cannot say (NaN, ±Infinity, functions, symbols, BigInts) crosses as objects
  under a random key made for the call, so that the caller can judge the output as upstream's
  export does (anything else is an ordinary object). Typed arrays become arrays. An output
  whose JSON is over ``MAX_OUTPUT_BYTES`` is refused (:class:`ScriptOutputError`).

A script that throws (or does not compile) fails with ``script`` and the exception's text,
followed, when V8 knows it, by the place where it was thrown in upstream's form
(``at decodeUplink (<eval>:4:9)``, lines counted in the wrapped program).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import math
import os
import secrets
from typing import Any

import orjson

from ...errors import Namespace

__all__ = [
    "ScriptEngine", "ScriptOutputError", "Marker", "NAN_MARKERS",
    "ERR_SCRIPT_TIMEOUT", "ERR_SCRIPT_INTERRUPT", "ERR_SCRIPT", "ERR_NO_SCRIPT_OUTPUT", "ERR_RUNTIME",
    "DEFAULT_TIMEOUT", "DEFAULT_MAX_MEMORY", "DEFAULT_MAX_ISOLATES", "MAX_BUFFER_BYTES", "MAX_OUTPUT_BYTES",
]

log = logging.getLogger("ttsl.formatters")

_errors = Namespace("pkg/scripting/javascript")
ERR_SCRIPT_TIMEOUT = _errors.deadline_exceeded("script_timeout", "script timeout")
ERR_SCRIPT_INTERRUPT = _errors.aborted("script_interrupt", "script interrupt")
ERR_SCRIPT = _errors.aborted("script", "{message}")
ERR_NO_SCRIPT_OUTPUT = _errors.aborted("no_script_output", "no script output")
ERR_RUNTIME = _errors.aborted("runtime", "{message}")
ERR_ENTRYPOINT_NOT_FOUND = _errors.not_found("entrypoint_not_found", "entrypoint `{entrypoint}` not found")

# Upstream's scripting.DefaultOptions.Timeout.
DEFAULT_TIMEOUT = 0.1
# Heap of one isolate (V8 itself takes about 1 MiB of it); a formatter needs far less.
DEFAULT_MAX_MEMORY = 32 << 20
# Isolates alive at once (running, being set up or being closed).
DEFAULT_MAX_ISOLATES = max(2, 2 * (os.cpu_count() or 1))
# Array buffer memory (outside the heap) one call may allocate.
MAX_BUFFER_BYTES = 4 << 20
# Length (in characters) of the JSON of a script's value, beyond which it is refused.
MAX_OUTPUT_BYTES = 1 << 20
# Setting up an isolate (compiling the program) is not the script's time, but is bounded too.
_SETUP_TIMEOUT = 2.0
_KINDS = frozenset(("number", "function", "symbol", "bigint"))


class ScriptOutputError(Exception):
    """The script's value could not be brought out of the isolate (a cyclic object, say, or one
    too large): upstream's export failure, which its callers report as ``output`` with a
    ``runtime`` cause."""


class Marker:
    """A value JSON cannot carry, other than NaN and ±Infinity (which come back as floats):
    ``kind`` is ``function``, ``symbol`` or ``bigint`` (``text`` its digits)."""

    __slots__ = ("kind", "text")

    def __init__(self, kind: str, text: str = "") -> None:
        self.kind = kind
        self.text = text

    def __repr__(self) -> str:
        return f"<Marker {self.kind} {self.text}>"


NAN_MARKERS = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}

# Set up in each isolate, before the program: intrinsics are taken before any user code runs,
# array buffer allocation is charged to a budget, and the entry point cannot be replaced.
_HARNESS = r"""
(function (source, MARK, BUDGET, MAX_OUTPUT) {
  'use strict';
  var stringify = JSON.stringify, parse = JSON.parse, isView = ArrayBuffer.isView;
  var arrayFrom = Array.from, toText = String, defineProperty = Object.defineProperty;
  var create = Object.create, construct = Reflect.construct, ownKeys = Reflect.ownKeys;
  var getDescriptor = Object.getOwnPropertyDescriptor, getProto = Object.getPrototypeOf;
  var setProto = Object.setPrototypeOf, trunc = Math.trunc, OrigArrayBuffer = ArrayBuffer;
  var OrigDataView = DataView, ITERATOR = Symbol.iterator;
  var exec = RegExp.prototype.exec, call = Function.prototype.call, apply = Reflect.apply;
  var FRAME = /^\s*at (?:(\S+) )?\(?eval at [^\n]*?<anonymous>:(\d+):(\d+)\)?$/m;
  var G = globalThis;

  // Array buffers ------------------------------------------------------------------------------
  var budget = BUDGET;
  function charge(bytes) {
    if (!(bytes <= budget)) throw new RangeError('Array buffer allocation failed');
    budget -= bytes;
  }
  function count(n) {
    n = +n;
    return n === n && n > 0 ? trunc(n) : 0;
  }
  function bytesOf(value) {
    if (value === null || typeof value !== 'object') return 0;
    if (value instanceof OrigArrayBuffer) return value.byteLength;
    if (isView(value) && !(value instanceof OrigDataView)) return value.byteLength;
    return 0;
  }
  function charged(fn) {  // a method making a new buffer (not through a wrapped constructor)
    var wrapped = function () {
      var result = apply(fn, this, arguments);
      charge(bytesOf(result));
      return result;
    };
    defineProperty(wrapped, 'name', {value: fn.name});
    defineProperty(wrapped, 'length', {value: fn.length});
    return wrapped;
  }
  function replace(Orig, W) {
    var keys = ownKeys(Orig);
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i];
      if (key === 'prototype' || key === 'length' || key === 'name') continue;
      var d = getDescriptor(Orig, key);
      if (typeof d.value === 'function') d.value = charged(d.value);
      defineProperty(W, key, d);
    }
    defineProperty(W, 'name', {value: Orig.name});
    defineProperty(W, 'length', {value: Orig.length});
    defineProperty(W, 'prototype', {value: Orig.prototype, writable: false, configurable: false, enumerable: false});
    setProto(W, getProto(Orig));
    defineProperty(Orig.prototype, 'constructor', {value: W, writable: false, configurable: false, enumerable: false});
    defineProperty(G, Orig.name, {value: W, writable: true, configurable: true, enumerable: false});
  }
  (function () {
    var W = function ArrayBuffer(length) {
      if (new.target === undefined) throw new TypeError("Constructor ArrayBuffer requires 'new'");
      var n = +length;  // converted once: what is charged is what is made
      charge(count(n));
      return construct(OrigArrayBuffer, [n], new.target);  // never resizable
    };
    replace(OrigArrayBuffer, W);
    var proto = OrigArrayBuffer.prototype;
    defineProperty(proto, 'slice', {value: charged(proto.slice), writable: true, configurable: true, enumerable: false});
    delete proto.resize; delete proto.transfer; delete proto.transferToFixedLength;
  })();
  var typedProto = getProto(Uint8Array.prototype);
  ['map', 'filter', 'slice', 'toReversed', 'toSorted', 'with'].forEach(function (name) {
    if (typeof typedProto[name] === 'function') {
      defineProperty(typedProto, name, {value: charged(typedProto[name]), writable: true, configurable: true, enumerable: false});
    }
  });
  ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
   'Uint32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'
  ].forEach(function (name) {
    var Orig = G[name];
    if (typeof Orig !== 'function') return;
    var size = Orig.BYTES_PER_ELEMENT;
    var W = function (first) {
      if (new.target === undefined) throw new TypeError('Constructor ' + name + " requires 'new'");
      if (arguments.length === 0) return construct(Orig, [], new.target);
      if (first === null || typeof first !== 'object') {  // a length, converted once
        var n = +first;
        charge(count(n) * size);
        return construct(Orig, [n], new.target);
      }
      if (first instanceof OrigArrayBuffer) return construct(Orig, arguments, new.target);  // a view
      var result;
      if (first[ITERATOR] === undefined) {  // an array-like: copied with its length read once
        var length = count(first.length), copy = [];
        charge(length * size);
        for (var i = 0; i < length; i++) copy[i] = first[i];
        result = construct(Orig, [copy], new.target);
        if (result.byteLength > length * size) charge(result.byteLength - length * size);
        return result;
      }
      result = construct(Orig, [first], new.target);  // an iterable: collected on the heap first
      charge(result.byteLength);
      return result;
    };
    replace(Orig, W);
  });
  ['SharedArrayBuffer', 'Atomics', 'WebAssembly'].forEach(function (name) { delete G[name]; });

  // Calls --------------------------------------------------------------------------------------
  function envelope(key, value) { var e = create(null); e[key] = value; return e; }
  function mark(kind, text) {
    var m = create(null);
    defineProperty(m, MARK, {value: [kind, text], enumerable: true, writable: true, configurable: true});
    return m;
  }
  function replacer(key, value) {
    switch (typeof value) {
      case 'number':
        return (value === value && value !== Infinity && value !== -Infinity) ? value : mark('number', toText(value));
      case 'undefined': return null;
      case 'function': return mark('function', '');
      case 'symbol': return mark('symbol', '');
      case 'bigint': return mark('bigint', toText(value));
    }
    if (value !== null && typeof value === 'object' && isView(value) && !(value instanceof OrigDataView)) {
      return arrayFrom(value);
    }
    return value;
  }
  function describe(e) {
    var text;
    try { text = toText(e); } catch (_) { text = 'exception'; }
    try {
      var stack = e !== null && typeof e === 'object' ? e.stack : undefined;
      if (typeof stack === 'string') {
        var m = call.call(exec, FRAME, stack);
        if (m) text += ' at ' + (m[1] || '<anonymous>') + ' (<eval>:' + (m[2] - 2) + ':' + m[3] + ')';
      }
    } catch (_) {}
    return text;
  }
  var factory, failure;
  try { factory = new Function(source); } catch (e) { failure = describe(e); }
  defineProperty(G, '__ttsl_run', {
    value: function (input) {
      if (failure !== undefined) return stringify(envelope('t', failure));
      var result;
      try {
        var main = factory();
        if (typeof main !== 'function') return stringify(envelope('n', 'main'));
        result = main(parse(input));
      } catch (e) {
        return stringify(envelope('t', describe(e)));
      }
      var text;
      try {
        text = stringify(envelope('r', result === undefined ? null : result), replacer);
      } catch (e) {
        return stringify(envelope('x', describe(e)));
      }
      if (typeof text !== 'string') return stringify(envelope('x', 'no output'));
      if (text.length > MAX_OUTPUT) return stringify(envelope('x', 'output too large'));
      return text;
    },
    writable: false, configurable: false, enumerable: false,
  });
})(%s);
setTimeout = undefined; clearTimeout = undefined;
"""


class _Isolate:
    """The V8 isolate of one call."""

    def __init__(self, program: str) -> None:
        self.program = program
        # Values JSON cannot carry come out as objects under this key, unknown to the script.
        self.marker = "\u0000ttsl:" + secrets.token_hex(16)
        self.racer: Any = None
        self._maker: Any = None

    async def setup(self, max_memory: int) -> None:
        from py_mini_racer import mini_racer

        loop = asyncio.get_running_loop()

        def make() -> None:
            # Off the loop (V8 starts a thread and sets up a context); the racer answers on the
            # loop, which is free meanwhile.
            maker = mini_racer(event_loop=loop)
            racer = maker.__enter__()
            self._maker, self.racer = maker, racer
            racer.set_hard_memory_limit(max_memory)

        await loop.run_in_executor(None, make)
        arguments = ", ".join(json.dumps(a) for a in (self.program, self.marker, MAX_BUFFER_BYTES, MAX_OUTPUT_BYTES))
        await asyncio.wait_for(self.racer.eval_cancelable(_HARNESS % arguments), timeout=_SETUP_TIMEOUT)

    async def call(self, input_json: str, timeout: float) -> Any:
        code = f"__ttsl_run({json.dumps(input_json)})"
        return await asyncio.wait_for(self.racer.eval_cancelable(code), timeout=timeout)

    def close(self) -> None:
        """Free the isolate (blocking: call it off the loop)."""
        maker, self._maker, self.racer = self._maker, None, None
        if maker is not None:
            maker.__exit__(None, None, None)


class ScriptEngine:
    """Runs wrapped formatter programs; see the module documentation."""

    def __init__(
        self, *, timeout: float = DEFAULT_TIMEOUT, max_memory: int = DEFAULT_MAX_MEMORY,
        max_isolates: int = DEFAULT_MAX_ISOLATES,
    ) -> None:
        self.timeout = timeout
        self.max_memory = max_memory
        self.max_isolates = max(1, max_isolates)
        self._alive = 0
        self._slots: asyncio.Semaphore | None = None
        self._closing: set[asyncio.Task] = set()
        self._loop: asyncio.AbstractEventLoop | None = None

    @staticmethod
    def key(program: str) -> str:
        return hashlib.sha256(program.encode("utf-8", "surrogatepass")).hexdigest()

    @property
    def isolates(self) -> int:
        """How many isolates are alive now (running, being set up or being closed)."""
        return self._alive

    async def run(self, program: str, input: Any) -> Any:
        """Run ``main(input)`` of ``program`` (whose top level defines ``main``) in an isolate of
        its own; its value, JSON-decoded with :class:`Marker` objects where JSON has no word
        (None for null and undefined). Raises the upstream errors named in the module
        documentation, and :class:`ScriptOutputError` when the value cannot be brought out."""
        input_json = orjson.dumps(input).decode()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout  # from the call's arrival, queueing included
        slots = self._check_loop()
        try:
            async with asyncio.timeout_at(deadline):
                await slots.acquire()
        except TimeoutError:
            raise ERR_SCRIPT_TIMEOUT() from None
        self._alive += 1
        isolate = _Isolate(program)
        try:
            started = loop.time()
            await self._guard(isolate.setup(self.max_memory))
            deadline += loop.time() - started  # setting up is not the script's time
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise ERR_SCRIPT_TIMEOUT()
            text = await self._guard(isolate.call(input_json, remaining))
        finally:
            self._retire(isolate, slots)
        return self._outcome(text, isolate.marker)

    @staticmethod
    async def _guard(awaitable: Any) -> Any:
        from py_mini_racer import JSEvalException, JSOOMException

        try:
            result = await awaitable
        except asyncio.TimeoutError:
            raise ERR_SCRIPT_TIMEOUT() from None
        except JSOOMException:
            raise ERR_SCRIPT_INTERRUPT() from None
        except JSEvalException as exc:  # not thrown by the script (caught in the harness)
            raise ERR_RUNTIME(message=_first_line(str(exc))) from None
        return result

    @staticmethod
    def _outcome(text: Any, marker: str) -> Any:
        if not isinstance(text, str):
            raise ERR_RUNTIME(message="runtime error")
        try:
            envelope = orjson.loads(text)
        except (orjson.JSONDecodeError, RecursionError):  # nested deeper than we read
            raise ScriptOutputError("output nested too deeply") from None
        if not isinstance(envelope, dict):
            raise ERR_RUNTIME(message="runtime error")
        if "r" in envelope:
            try:
                return _restore(envelope["r"], marker)
            except RecursionError:
                raise ScriptOutputError("output nested too deeply") from None
        if isinstance(envelope.get("t"), str):
            raise ERR_SCRIPT(message=envelope["t"])
        if "n" in envelope:
            raise ERR_ENTRYPOINT_NOT_FOUND(entrypoint="main")
        x = envelope.get("x")
        raise ScriptOutputError(_first_line(x if isinstance(x, str) else ""))

    # Isolates -----------------------------------------------------------------------------------
    def _check_loop(self) -> asyncio.Semaphore:
        """Slots belong to the loop that made them: a new loop (tests) starts afresh."""
        loop = asyncio.get_running_loop()
        if self._loop is not loop or self._slots is None:
            self._loop = loop
            self._slots = asyncio.Semaphore(self.max_isolates)
            self._alive = 0
            self._closing = set()
        return self._slots

    def _retire(self, isolate: _Isolate, slots: asyncio.Semaphore) -> None:
        """Close the isolate off the loop; its slot is free once it is closed."""
        task = asyncio.get_running_loop().create_task(self._close(isolate, slots))
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)

    async def _close(self, isolate: _Isolate, slots: asyncio.Semaphore) -> None:
        try:
            await asyncio.get_running_loop().run_in_executor(None, isolate.close)
        except Exception:  # pragma: no cover - nothing to tell a caller
            log.exception("closing a script isolate failed")
        finally:
            if slots is self._slots:
                self._alive -= 1
            slots.release()

    async def close(self) -> None:
        """Wait for the isolates being closed (at shutdown)."""
        if self._loop is not asyncio.get_running_loop():
            return  # closed with their own loop
        while self._closing:
            await asyncio.gather(*list(self._closing), return_exceptions=True)


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "runtime error"


def _restore(value: Any, marker: str) -> Any:
    """Markers (objects with the one key ``marker`` and a known ``[kind, text]``) back as floats
    or :class:`Marker`; anything else is an ordinary value."""
    if isinstance(value, dict):
        if len(value) == 1 and marker in value:
            tagged = value[marker]
            if (isinstance(tagged, list) and len(tagged) == 2 and tagged[0] in _KINDS
                    and isinstance(tagged[1], str)):
                kind, text = tagged
                if kind != "number":
                    return Marker(kind, text)
                if text in NAN_MARKERS:
                    return NAN_MARKERS[text]
        return {k: _restore(v, marker) for k, v in value.items()}
    if isinstance(value, list):
        return [_restore(v, marker) for v in value]
    return value
