#!/usr/bin/env bash
# Runs every test suite of AllyBot and ends with one line: "tests: N passed, N failed".
# Installs the system parts the end-to-end suites need (Chromium, npm packages) when they are missing.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results=TestResults
rm -rf "$results"
mkdir -p "$results"

./tests/install-prerequisites.sh || { echo "test.sh: installing prerequisites failed" >&2; echo "tests: 0 passed, 1 failed"; exit 1; }

if ! dotnet build AllyBot.sln -c Release -nologo -clp:ErrorsOnly; then
  echo "test.sh: the build failed" >&2
  echo "tests: 0 passed, 1 failed"
  exit 1
fi

# One project at a time, the end-to-end suites (real browsers, the Agents Playground) last and alone:
# on two cores, running them beside the other suites makes their waits a matter of luck.
status=0
for project in $(ls tests/*/*.Tests.csproj | grep -v EndToEnd) tests/AllyBot.EndToEnd.Tests/AllyBot.EndToEnd.Tests.csproj; do
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFilePrefix=$(basename "$project" .csproj)" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=1
done

# Sum the counters of every TRX file (one per test project).
passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # a crashed test host counts as a failure

echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
