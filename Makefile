# The only entry points a newcomer needs; the work is done by scripts/.
.PHONY: run build test lint test-faults fuzz test-sanitize bench fmt

run:    ## install what is missing, build, and run the shop (API :8000, web :3000)
	@bash scripts/run.sh

build:  ## build the API (build/bin/shop-api) and the web app
	@bash scripts/deps.sh
	@bash scripts/build.sh

test:   ## install, build and run every test suite
	@bash scripts/test.sh

lint:   ## C++ style gate (also in make test): clang-format-14 leaves every file as it is, clang-tidy-14 finds nothing
	@bash scripts/deps.sh
	@bash scripts/build.sh api
	@bash scripts/lint.sh

fuzz:   ## run each libFuzzer target for FUZZ_SECONDS (default 60) from its committed corpus
	@bash scripts/deps.sh
	@bash scripts/fuzz.sh

test-sanitize:  ## build the C++ unit and API tests with ASan + UBSan (build-sanitize/) and run them
	@bash scripts/deps.sh
	@bash scripts/sanitize.sh

test-faults:  ## the fault suite alone: PostgreSQL, SMTP and the server failing under load
	@bash scripts/test-faults.sh

bench:  ## load benchmarks against the ceilings of this machine
	@bash bench/run.sh

fmt:    ## format the C++ and the web app's code
	@find backend/src backend/tests backend/fuzz -name '*.cpp' -o -name '*.hpp' | xargs clang-format-14 -i
	@if [ -d frontend/node_modules ]; then cd frontend && npx prettier --write . >/dev/null; fi
