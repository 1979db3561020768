#!/usr/bin/env bash
# Runs every test of Yiwang: unit, Pax Exam, process and browser tests (the README's test command).
# Needs Java 17 and Maven; installs the rest the tests need itself (Debian/Ubuntu packages, through
# sudo when not root): chromium and its chromedriver for the browser tests, a CJK font so that
# screenshots are legible. Extra arguments go to Maven (e.g. ./test.sh -o, ./test.sh -pl kernel/api).
set -uo pipefail
cd "$(dirname "$0")"

if [ -z "${JAVA_HOME:-}" ] && command -v java >/dev/null; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  export JAVA_HOME
fi

bash .ci/install-test-deps || echo "WARNING: could not install the test dependencies; browser tests will fail"
command -v npm >/dev/null || echo "WARNING: npm not found; kernel/web needs it to fetch the web shell's libraries"

start=$(date +%s)
mvn -B -ntp install "$@"
status=$?
python3 .ci/summary.py
echo "build and tests took $(( $(date +%s) - start )) s; maven exit status $status"
exit $status
