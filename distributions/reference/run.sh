#!/usr/bin/env bash
# Starts the Yiwang reference platform on embedded Derby, building it first if needed.
#   distributions/reference/run.sh          console in this terminal (feature:list, log:tail, …)
#   distributions/reference/run.sh server   no console (for scripts and services)
# The platform answers on http://localhost:8181/api/health. Data lives in
# distributions/reference/target/assembly/data (a development instance: `mvn clean` removes it;
# for a real installation unpack the tar.gz, see docs/operator-guide.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
home="$here/target/assembly"
stamp="$here/target/.built"

if [ -z "${JAVA_HOME:-}" ] && command -v java >/dev/null; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  export JAVA_HOME
fi

changed() {
  [ ! -f "$stamp" ] || [ ! -x "$home/bin/karaf" ] && return 0
  [ -n "$(find "$root" \( -name target -o -name .git -o -name node_modules \) -prune -o -type f -newer "$stamp" -print -quit)" ]
}

if changed; then
  echo "Building Yiwang (first run, or sources changed since the last build)…"
  (cd "$root" && mvn -B -q -DskipTests install)
  # New bundles must not be shadowed by the old bundle cache; the database under data/yiwang stays.
  rm -rf "$home/data/cache" "$home/data/tmp"
  touch "$stamp"
fi

cd "$home"
if [ "${1:-}" = "server" ] || [ ! -t 0 ]; then
  exec bin/karaf server
fi
exec bin/karaf
