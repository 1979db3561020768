#!/usr/bin/env bash
# Boot benchmark: cold start of the Yiwang reference distribution to the first 200 on /api/health,
# side by side with bare Apache Karaf 4.4.10 + its `http` feature to its first HTTP answer, in the
# same run, alternating, each start from a freshly unpacked copy. Prints medians and the ratio.
#   distributions/benchmarks/boot.sh [runs]        (default 7; needs a built distribution: mvn install)
set -euo pipefail
runs="${1:-7}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$here/target"
mkdir -p "$work"
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)"
yiwang="$root/distributions/reference/target/yiwang-reference-$version.tar.gz"
[ -f "$yiwang" ] || { echo "build first: mvn install -DskipTests" >&2; exit 1; }
bare="$work/apache-karaf-4.4.10.tar.gz"
if [ ! -f "$bare" ]; then
  mvn -q dependency:copy -Dartifact=org.apache.karaf:apache-karaf:4.4.10:tar.gz -DoutputDirectory="$work"
fi
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; export JAVA_HOME
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# boot_once <tarball> <url-path> <want: 200|any> → prints "first-start-ms restart-ms": launch to the
# answer on a freshly unpacked copy, then again after a clean stop (installed, data kept, cold JVM)
boot_once() {
  local tarball="$1" path="$2" want="$3" dir port ssh first
  dir="$(mktemp -d "$work/run.XXXXXX")"
  tar xzf "$tarball" -C "$dir" --strip-components=1
  port="$(free_port)"; ssh="$(free_port)"
  printf '\norg.osgi.service.http.port = %s\n' "$port" >> "$dir/etc/org.ops4j.pax.web.cfg"
  printf '\nsshPort = %s\n' "$ssh" >> "$dir/etc/org.apache.karaf.shell.cfg"
  if [ "$want" = any ]; then   # bare Karaf: add its http feature to the boot features
    sed -i 's/^\(featuresBoot *= *\\\)$/\1\n    http, \\/' "$dir/etc/org.apache.karaf.features.cfg"
    grep -q '^    http, \\' "$dir/etc/org.apache.karaf.features.cfg" || { echo "could not add http" >&2; exit 1; }
  fi
  first=$(start_and_wait "$dir" "$port" "$path" "$want")
  sleep 3   # let the first start settle (features state written) before stopping it cleanly
  stop_instance "$dir"
  echo "$first $(start_and_wait "$dir" "$port" "$path" "$want")"
  stop_instance "$dir"
  rm -rf "$dir"
}

stop_instance() {
  (cd "$1" && bin/stop >/dev/null 2>&1) || true
  for _ in $(seq 1 300); do pgrep -f "$1/" >/dev/null || return 0; sleep 0.1; done
  pkill -9 -f "$1/" 2>/dev/null || true
}

# start_and_wait <dir> <port> <path> <want> → ms from launch to the answer (leaves it running)
start_and_wait() {
  local dir="$1" port="$2" path="$3" want="$4" start code now
  start=$(date +%s%N)
  (cd "$dir" && exec bin/karaf server >/dev/null 2>&1) &
  for _ in $(seq 1 3000); do
    code=$(curl -s -o /dev/null -m 1 -w '%{http_code}' "http://127.0.0.1:$port$path" || true)
    if { [ "$want" = 200 ] && [ "$code" = 200 ]; } || { [ "$want" = any ] && [ "$code" != 000 ]; }; then break; fi
    sleep 0.02
  done
  now=$(date +%s%N)
  echo $(( (now - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

yw=(); bk=(); ywr=(); bkr=()
for i in $(seq 1 "$runs"); do
  read -r f r < <(boot_once "$bare" / any); bk+=("$f"); bkr+=("$r")
  read -r f r < <(boot_once "$yiwang" /api/health 200); yw+=("$f"); ywr+=("$r")
  echo "run $i: bare Karaf+http ${bk[-1]} / ${bkr[-1]} ms, Yiwang ${yw[-1]} / ${ywr[-1]} ms (first start / restart)" >&2
done
report() {
  local label="$1"; shift; local -n b="$1" y="$2"
  local mb my
  mb=$(printf '%s\n' "${b[@]}" | median); my=$(printf '%s\n' "${y[@]}" | median)
  echo "$label: bare Karaf 4.4.10 + http (first HTTP answer) median ${mb} ms [${b[*]}]"
  echo "$label: Yiwang reference (first 200 on /api/health) median ${my} ms [${y[*]}]"
  awk -v y="$my" -v b="$mb" -v l="$label" 'BEGIN {printf "%s: ratio Yiwang / bare %.2f\n", l, y / b}'
}
report "first start (fresh unpack)" bk yw
report "restart (installed, cold JVM)" bkr ywr
