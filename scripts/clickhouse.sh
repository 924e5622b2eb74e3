#!/usr/bin/env bash
# Two ClickHouse shards on loopback for the scale-out event store (docs/storage.md).
# usage: scripts/clickhouse.sh start|stop
#   shard 1: http 18123, tcp 19000   shard 2: http 18124, tcp 19001   cluster eco_two_shards
# Idempotent: `start` installs Debian's clickhouse-server/-client when missing (root or sudo) and
# leaves running shards alone; `stop` stops the shards it started. Data lives under $CHROOT.
set -euo pipefail
CHROOT=${CHROOT:-/tmp/multivector-ch}
SERVER=/usr/sbin/clickhouse-server

ping() { curl -sf --max-time 2 "http://127.0.0.1:$1/ping" >/dev/null 2>&1; }
# A live process (not a zombie: PID 1 in some sandboxes does not reap).
alive() { [ -n "$(ps -o stat= -p "$1" 2>/dev/null | grep -v Z)" ]; }

install_server() {
  local SUDO=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "clickhouse.sh: $SERVER is missing and installing it needs root or sudo" >&2; exit 1; }
    SUDO="sudo -n"
  fi
  echo "clickhouse.sh: installing clickhouse-server and clickhouse-client with apt" >&2
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q clickhouse-server clickhouse-client >&2
}

mkconf() {
  local D=$CHROOT/$1
  mkdir -p "$D/data" "$D/tmp" "$D/user_files" "$D/log"
  cat >"$D/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$D/log/server.log</log><errorlog>$D/log/server.err.log</errorlog><size>100M</size><count>2</count></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>$2</http_port><tcp_port>$3</tcp_port>
  <interserver_http_port>$4</interserver_http_port><interserver_http_host>127.0.0.1</interserver_http_host>
  <max_connections>256</max_connections><keep_alive_timeout>3</keep_alive_timeout><max_concurrent_queries>50</max_concurrent_queries>
  <uncompressed_cache_size>268435456</uncompressed_cache_size><mark_cache_size>268435456</mark_cache_size>
  <path>$D/data/</path><tmp_path>$D/tmp/</tmp_path><user_files_path>$D/user_files/</user_files_path>
  <users_config>$CHROOT/users.xml</users_config>
  <default_profile>default</default_profile><default_database>default</default_database>
  <timezone>UTC</timezone><mlock_executable>false</mlock_executable>
  <remote_servers><eco_two_shards>
    <shard><replica><host>127.0.0.1</host><port>19000</port></replica></shard>
    <shard><replica><host>127.0.0.1</host><port>19001</port></replica></shard>
  </eco_two_shards></remote_servers>
</yandex>
XML
}

start() {
  [ -x "$SERVER" ] || install_server
  [ -x "$SERVER" ] || { echo "clickhouse.sh: $SERVER is still missing after apt-get install" >&2; exit 1; }
  mkdir -p "$CHROOT"
  cat >"$CHROOT/users.xml" <<'XML'
<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>4000000000</max_memory_usage><load_balancing>random</load_balancing></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
XML
  mkconf s1 18123 19000 19009
  mkconf s2 18124 19001 19010
  local n port
  for n in s1:18123 s2:18124; do
    port=${n#*:}; n=${n%%:*}
    ping "$port" && continue
    nohup "$SERVER" --config-file="$CHROOT/$n/config.xml" >"$CHROOT/$n/stdout.log" 2>&1 &
    echo $! >"$CHROOT/$n/pid"
  done
  for port in 18123 18124; do
    for _ in $(seq 1 60); do ping "$port" && break; sleep 0.5; done
    ping "$port" || { echo "clickhouse.sh: the shard on port $port did not answer /ping within 30 s (see $CHROOT/*/log)" >&2; exit 1; }
  done
}

stop() {
  local n pid
  for n in s1 s2; do
    pid=$(cat "$CHROOT/$n/pid" 2>/dev/null) || continue
    kill "$pid" 2>/dev/null || true
  done
  for n in s1 s2; do
    pid=$(cat "$CHROOT/$n/pid" 2>/dev/null) || continue
    for _ in $(seq 1 30); do alive "$pid" || break; sleep 0.5; done
    if alive "$pid"; then kill -9 "$pid" 2>/dev/null || true; fi
    rm -f "$CHROOT/$n/pid"
  done
}

case "${1:-start}" in
start) start ;;
stop) stop ;;
*) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
