# The two commands of the README: `make demo` and `make test`.
VENV ?= .venv
SAMPLES := $(wildcard samples/*.md samples/*.txt)

.PHONY: demo test bench fuzz clean

demo:
	scripts/setup.sh
	$(VENV)/bin/articlecast build $(SAMPLES) -o audio

test:
	scripts/setup.sh test
	$(VENV)/bin/python -m pytest -q

bench:
	scripts/setup.sh bench
	$(VENV)/bin/python bench/run.py

# Hostile articles through script and build for FUZZ_MINUTES (default 30); prints counts and any crash.
FUZZ_MINUTES ?= 30
fuzz:
	scripts/setup.sh test
	$(VENV)/bin/python bench/fuzz.py --minutes $(FUZZ_MINUTES)

# Everything the demo wrote into audio/ (episodes, transcripts, chapters, covers, feed, catalog), not .gitkeep.
clean:
	find audio -mindepth 1 ! -name .gitkeep -delete
