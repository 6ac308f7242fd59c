# The two commands a newcomer runs: `make demo` (set up, build, run Verity on Samples/) and
# `make test` (the test suite, exactly what CI runs).
.PHONY: demo test build setup

demo:
	Scripts/demo.sh

test: setup
	swift test

build: setup
	swift build -c release

setup:
	Scripts/setup.sh
