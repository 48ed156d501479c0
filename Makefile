# Two commands on a fresh machine: `make run` and `make test`.
# generated/ is an import root: protoc writes ttn/lorawan/v3/*_pb2.py there, and the
# package finder in pyproject.toml installs it beside server/ and gateway/.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PROTOS := $(shell find protos -name '*.proto' | sort)

.PHONY: run test generate bench lint install

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/ttsl serve

test: $(STAMP)
	$(PY) -m pytest -q

generate: $(STAMP)
	rm -rf generated && mkdir -p generated
	$(PY) -m grpc_tools.protoc -I protos \
	  -I "$$($(PY) -c 'import os, google.api.annotations_pb2 as m; print(os.path.dirname(os.path.dirname(os.path.dirname(m.__file__))))')" \
	  --python_out=generated --pyi_out=generated --grpc_python_out=generated $(PROTOS)

bench: $(STAMP)
	$(PY) -m bench

lint: $(STAMP)
	$(PY) -m compileall -q server gateway tests bench
